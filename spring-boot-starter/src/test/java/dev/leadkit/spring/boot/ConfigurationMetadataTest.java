package dev.leadkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The starter ships Spring Boot's configuration metadata, from which IDEs complete and type-check the
 * {@code leadkit.*} properties: every option of every vendor, with the type it binds to.
 */
class ConfigurationMetadataTest {

    private static final Map<String, String> VENDOR_OPTIONS = Map.ofEntries(
            Map.entry("api-key", "java.lang.String"),
            Map.entry("base-url", "java.lang.String"),
            Map.entry("timeout", "java.time.Duration"),
            Map.entry("max-retries", "java.lang.Integer"),
            Map.entry("max-retry-wait", "java.time.Duration"),
            Map.entry("user-agent", "java.lang.String"),
            Map.entry("server-zone", "java.lang.String"),
            Map.entry("max-response-bytes", "org.springframework.util.unit.DataSize"),
            Map.entry("allow-insecure-http", "java.lang.Boolean"),
            Map.entry("rate-limit.requests", "java.lang.Integer"),
            Map.entry("rate-limit.per", "java.time.Duration"),
            Map.entry("decode-limits.max-tokens", "java.lang.Long"),
            Map.entry("decode-limits.max-depth", "java.lang.Integer"),
            Map.entry("decode-limits.max-string-length", "java.lang.Integer"));

    @Test
    void theMetadataNamesEveryOptionOfEveryVendorWithItsType() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String vendor : new String[] {"autocalls", "orgleads", "tracking"}) {
            VENDOR_OPTIONS.forEach((option, type) -> expected.put("leadkit." + vendor + "." + option, type));
        }
        expected.put("leadkit.observation.enabled", "java.lang.Boolean");

        Map<String, String> named = new LinkedHashMap<>();
        metadata().get("properties").forEach(property -> named.put(property.get("name").asText(),
                property.get("type").asText()));

        assertThat(named).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void observationIsOnByDefaultInTheMetadata() throws IOException {
        JsonNode enabled = null;
        for (JsonNode property : metadata().get("properties")) {
            if (property.get("name").asText().equals("leadkit.observation.enabled")) {
                enabled = property;
            }
        }

        assertThat(enabled).isNotNull();
        assertThat(enabled.get("defaultValue").asBoolean()).isTrue();
    }

    private static JsonNode metadata() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json in the starter's jar").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
