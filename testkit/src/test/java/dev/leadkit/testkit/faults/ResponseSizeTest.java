package dev.leadkit.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.DecodingException;
import dev.leadkit.orgleads.OrgLeadQuery;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLeadQuery;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Response size is bounded: a body larger than {@code maxResponseBytes} fails with a clear
 * {@link DecodingException} naming the cap, whether the server announces its length or streams it in
 * chunks, and the request is not retried (the same request would get the same body).
 */
class ResponseSizeTest {

    private static final long CAP = 4096;

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private Sandbox sandbox(String dialect) {
        return switch (dialect) {
            case "autocalls" -> AutocallsSandbox.builder().leads(100).start();
            case "tracking" -> TrackingSandbox.builder().leads(100).start();
            case "orgleads" -> OrgLeadsSandbox.builder().leads(100).start();
            default -> throw new IllegalArgumentException(dialect);
        };
    }

    /** Lists every lead, 100 a page, from the server at {@code origin} with a cap of {@link #CAP} bytes. */
    private DecodingException listingFails(String dialect, String origin, String key) {
        String root = origin.replaceAll("/$", "");
        switch (dialect) {
            case "autocalls" -> {
                try (AutocallsClient client = AutocallsClient.builder().apiKey(key).baseUrl(root + "/api")
                        .maxResponseBytes(CAP).sleeper(waits::add).build()) {
                    return catchThrowableOfType(DecodingException.class,
                            () -> client.leads().list(AutocallsLeadQuery.builder().perPage(100).build()).stream().count());
                }
            }
            case "tracking" -> {
                try (TrackingClient client = TrackingClient.builder().apiKey(key).baseUrl(root + "/api")
                        .maxResponseBytes(CAP).sleeper(waits::add).build()) {
                    return catchThrowableOfType(DecodingException.class,
                            () -> client.leads().list(TrackingLeadQuery.builder().limit(100).build()).stream().count());
                }
            }
            case "orgleads" -> {
                try (OrgLeadsClient client = OrgLeadsClient.builder().apiKey(key).baseUrl(root)
                        .maxResponseBytes(CAP).sleeper(waits::add).build()) {
                    return catchThrowableOfType(DecodingException.class,
                            () -> client.leads().list(OrgLeadQuery.builder().pageSize(100).build()).stream().count());
                }
            }
            default -> throw new IllegalArgumentException(dialect);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"autocalls", "tracking", "orgleads"})
    void pageLargerThanTheCapFailsAtOnceWithADecodingExceptionNamingTheCap(String dialect) {
        try (Sandbox sandbox = sandbox(dialect)) {
            String origin = sandbox.baseUrl().replaceAll("/api$", "");

            DecodingException e = listingFails(dialect, origin, sandbox.apiKey());

            assertThat(e).hasMessageContaining("larger than maxResponseBytes (4096 bytes)");
            assertThat(e.page()).hasValue(1);
            assertThat(sandbox.requests()).hasSize(1);
            assertThat(waits).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"autocalls", "tracking", "orgleads"})
    void chunkedBodyWithoutALengthIsCutOffAtTheCapToo(String dialect) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            // well-formed to the end, so the size is the body's only fault (the decoder reads as it streams,
            // and would otherwise stop at the first malformed lead)
            Buffer huge = new Buffer().writeUtf8("{\"padding\":\"" + "x".repeat(200_000) + "\"}");
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .chunkedBody(huge, 1024).build());

            DecodingException e = listingFails(dialect, server.url("/").toString(), "12|key");

            assertThat(e).hasMessageContaining("larger than maxResponseBytes (4096 bytes)");
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(waits).isEmpty();
        }
    }
}
