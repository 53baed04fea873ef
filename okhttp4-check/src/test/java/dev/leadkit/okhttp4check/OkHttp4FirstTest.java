package dev.leadkit.okhttp4check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.LeadClient;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.tracking.TrackingClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * This module's class path has OkHttp 4.12.0 ({@code com.squareup.okhttp3:okhttp}) before the OkHttp 5
 * ({@code okhttp-jvm}) that leadkit brings, as in a build where another library depends on OkHttp 4: the
 * {@code okhttp3} classes come from OkHttp 4. Every client's {@code build()} fails at once, saying so and what to
 * exclude, and no request is sent. The server is the JDK's own, since OkHttp's MockWebServer needs OkHttp 5.
 */
class OkHttp4FirstTest {

    private static final String AUTOCALLS_PAGE = "{\"current_page\":1,\"data\":[{\"id\":1,\"campaign_id\":1,"
            + "\"phone_number\":\"+14155550101\",\"variables\":[],\"status\":\"created\","
            + "\"created_at\":\"2025-06-30 11:18:04\",\"updated_at\":\"2025-06-30 11:18:04\"}],"
            + "\"last_page\":1,\"per_page\":15,\"total\":1}";
    private static final String ORGLEADS_PAGE = "{\"data\":[{\"id\":\"65f0a000a000a000a000a001\",\"name\":\"Jane Doe\","
            + "\"phones\":[],\"emails\":[],\"contactId\":\"65f0a000a000a000a000a002\",\"status\":\"QUALIFIED\","
            + "\"createdAt\":\"2026-04-21T09:00:00.000Z\",\"updatedAt\":\"2026-04-28T16:14:00.000Z\"}],"
            + "\"pagination\":{\"page\":1,\"pageSize\":50,\"total\":1,\"totalPages\":1,\"hasNextPage\":false}}";
    private static final String TRACKING_PAGE = "{\"success\":true,\"data\":[{\"id\":\"lead_1\"}],"
            + "\"meta\":{\"pagination\":{\"limit\":50,\"page\":1,\"total\":1,\"totalPages\":1,\"hasMore\":false}}}";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        Map<String, String> pages = Map.of("/api/user/leads", AUTOCALLS_PAGE, "/api/v1/leads", ORGLEADS_PAGE,
                "/api/leads", TRACKING_PAGE);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = pages.getOrDefault(exchange.getRequestURI().getPath(), "{}").getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theOkHttp3ClassesOnThisClassPathAreOkHttp4s() throws ReflectiveOperationException {
        Class<?> okHttp = Class.forName("okhttp3.OkHttp");

        assertThat(okHttp.getField("VERSION").get(null)).isEqualTo("4.12.0");
        assertThat(okHttp.getProtectionDomain().getCodeSource().getLocation().getPath()).endsWith("/okhttp-4.12.0.jar");
    }

    @Test
    void anAutocallsListingFailsAtBuildSayingWhatToExclude() {
        assertListingFailsAtBuild(AutocallsClient.builder().baseUrl(origin() + "/api"));
    }

    @Test
    void aNexusErpListingFailsAtBuildSayingWhatToExclude() {
        assertListingFailsAtBuild(OrgLeadsClient.builder().baseUrl(origin()));
    }

    @Test
    void anOctanistListingFailsAtBuildSayingWhatToExclude() {
        assertListingFailsAtBuild(TrackingClient.builder().baseUrl(origin() + "/api"));
    }

    private void assertListingFailsAtBuild(ClientBuilder<? extends LeadClient<?, ?>> builder) {
        assertThatThrownBy(() -> {
            try (LeadClient<?, ?> client = builder.apiKey("test-key").build()) {
                client.leads().list().stream().count();
            }
        })
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("leadkit needs OkHttp 5 (com.squareup.okhttp3:okhttp-jvm 5.x), but the okhttp3"
                        + " classes on the class path are OkHttp 4.12.0 (okhttp3.OkHttpClient loaded from file:")
                .hasMessageContaining("okhttp-4.12.0.jar)")
                .hasMessageContaining("Maven:  <exclusion><groupId>com.squareup.okhttp3</groupId>"
                        + "<artifactId>okhttp</artifactId></exclusion>")
                .hasMessageContaining("Gradle: exclude group: 'com.squareup.okhttp3', module: 'okhttp'");
        assertThat(requests).hasValue(0);
    }

    private String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
