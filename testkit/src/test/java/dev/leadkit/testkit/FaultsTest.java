package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault over raw HTTP, on the orgleads and tracking sandboxes (the Autocalls ones run through the client). */
class FaultsTest {

    private OrgLeadsSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = OrgLeadsSandbox.builder().leads(120).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Http.Result get() {
        return Http.get(sandbox.baseUrl() + "/api/v1/leads", "Authorization", "Bearer " + sandbox.apiKey());
    }

    @Test
    void statusFaultAnswersWithAnHtmlPage() {
        sandbox.faults().next(Fault.status(503));

        Http.Result result = get();

        assertThat(result.status()).isEqualTo(503);
        assertThat(result.headers().get("Content-Type")).startsWith("text/html");
        assertThat(result.body()).contains("<title>503 Service Temporarily Unavailable</title>");
    }

    @Test
    void statusFaultTakesAnotherBodyAndHeaders() {
        sandbox.faults().next(Fault.status(500).withBody("application/json", "{\"error\":\"boom\"}")
                .withHeader("X-Request-Id", "abc"));

        Http.Result result = get();

        assertThat(result.status()).isEqualTo(500);
        assertThat(result.body()).isEqualTo("{\"error\":\"boom\"}");
        assertThat(result.headers().get("X-Request-Id")).isEqualTo("abc");
    }

    @Test
    void rateLimitedSendsRetryAfterSecondsAndTheVendorsErrorBody() {
        sandbox.faults().next(Fault.rateLimited(Duration.ofMillis(1500)));

        Http.Result result = get();

        assertThat(result.status()).isEqualTo(429);
        assertThat(result.headers().get("Retry-After")).isEqualTo("2");
        assertThat(result.body()).isEqualTo("{\"error\":\"Too Many Attempts.\"}");
    }

    @Test
    void rateLimitedOnTrackingUsesOctanistsEnvelope() {
        try (TrackingSandbox tracking = TrackingSandbox.builder().leads(3).start()) {
            tracking.faults().next(Fault.rateLimited(Duration.ofSeconds(1)));

            Http.Result result = Http.get(tracking.baseUrl() + "/leads", "X-API-KEY", tracking.apiKey());

            assertThat(result.status()).isEqualTo(429);
            assertThat(result.json().get("success").asBoolean()).isFalse();
            assertThat(result.json().get("error").get("code").asText()).isEqualTo("RATE_LIMITED");
        }
    }

    @Test
    void rateLimitedUntilSendsAnHttpDate() {
        sandbox.faults().next(Fault.rateLimitedUntil(Instant.parse("2026-10-21T07:28:00Z")));

        assertThat(get().headers().get("Retry-After")).isEqualTo("Wed, 21 Oct 2026 07:28:00 GMT");
    }

    @Test
    void cutMidBodyDropsTheConnectionAfterTheHeaders() {
        sandbox.faults().next(Fault.cutMidBody());

        assertThatThrownBy(this::get).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
        assertThat(sandbox.requests().get(0).status()).isEqualTo(200);
    }

    @Test
    void truncatedBodyIsWellFramedButCutJson() {
        String whole = get().body();
        sandbox.faults().next(Fault.truncatedBody());

        Http.Result result = get();

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).isEqualTo(whole.substring(0, whole.length() / 2));
        assertThatThrownBy(() -> JsonShape.parse(result.body())).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void delayHoldsTheReplyBack() {
        sandbox.faults().next(Fault.delay(Duration.ofMillis(300)));
        long started = System.nanoTime();

        Http.Result result = get();

        assertThat(result.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void noResponseClosesWithoutAStatusLine() {
        sandbox.faults().next(Fault.noResponse());

        assertThatThrownBy(this::get).isInstanceOf(UncheckedIOException.class);
        assertThat(sandbox.requests().get(0).status()).isZero();
    }

    @Test
    void nextCountAppliesToThatManyRequestsThenStops() {
        sandbox.faults().next(2, Fault.status(502));

        assertThat(get().status()).isEqualTo(502);
        assertThat(get().status()).isEqualTo(502);
        assertThat(get().status()).isEqualTo(200);
        assertThat(sandbox.faults().pending()).isZero();
    }

    @Test
    void queuedFaultsApplyInOrder() {
        sandbox.faults().next(Fault.status(500), Fault.status(502), Fault.status(503));

        assertThat(get().status()).isEqualTo(500);
        assertThat(get().status()).isEqualTo(502);
        assertThat(get().status()).isEqualTo(503);
    }

    @Test
    void onRequestAimsAtThatRequestNumberOnly() {
        sandbox.faults().onRequest(2, Fault.status(504));

        assertThat(get().status()).isEqualTo(200);
        assertThat(get().status()).isEqualTo(504);
        assertThat(get().status()).isEqualTo(200);
    }

    @Test
    void onRequestWinsOverTheQueueWhichWaits() {
        sandbox.faults().next(Fault.status(500)).onRequest(1, Fault.status(503));

        assertThat(get().status()).isEqualTo(503);
        assertThat(get().status()).isEqualTo(500);
    }

    @Test
    void clearForgetsScriptedFaults() {
        sandbox.faults().next(3, Fault.status(500)).onRequest(9, Fault.noResponse()).clear();

        assertThat(sandbox.faults().pending()).isZero();
        assertThat(get().status()).isEqualTo(200);
    }

    @Test
    void faultsRejectNonsense() {
        assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delay(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.cutMidBody().withBody("text/plain", "x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sandbox.faults().onRequest(0, Fault.noResponse())).isInstanceOf(IllegalArgumentException.class);
    }
}
