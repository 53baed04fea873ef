package dev.leadkit.autocalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.ServerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutocallsRetriesTest {

    private MockAutocalls mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockAutocalls();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private List<String> allIds(AutocallsClient client) {
        return client.leads().list().stream().map(AutocallsLead::id).collect(Collectors.toList());
    }

    private void enqueueStatus(int code, String header, String value) {
        MockResponse.Builder response = new MockResponse.Builder().code(code).body("{\"message\":\"Too Many Attempts.\"}");
        if (header != null) {
            response.addHeader(header, value);
        }
        mock.server.enqueue(response.build());
    }

    @Test
    void rateLimitWithRetryAfterSecondsWaitsThatLongThenReadsEveryLeadOnce() {
        mock.enqueuePage(1, 2, 4);
        enqueueStatus(429, "Retry-After", "7");
        mock.enqueuePage(2, 2, 4);

        assertThat(allIds(mock.client)).containsExactly("1", "2", "3", "4");
        assertThat(mock.waits).containsExactly(Duration.ofSeconds(7));
        assertThat(mock.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void rateLimitWithRetryAfterHttpDateWaitsUntilThatDate() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        try (AutocallsClient client = mock.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build()) {
            enqueueStatus(429, "Retry-After", "Sun, 22 Nov 2026 10:00:12 GMT");
            mock.enqueuePage(1, 2, 2);

            assertThat(allIds(client)).containsExactly("1", "2");
        }
        assertThat(mock.waits).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterBeyondTheCapFailsAtOnceCarryingTheWait() {
        enqueueStatus(429, "Retry-After", "3600");

        RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> allIds(mock.client));

        assertThat(e.retryAfter()).hasValue(Duration.ofHours(1));
        assertThat(mock.waits).isEmpty();
        assertThat(mock.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serviceUnavailableIsRetriedWithExponentialBackoff() {
        enqueueStatus(503, null, null);
        enqueueStatus(503, null, null);
        mock.enqueuePage(1, 2, 2);

        assertThat(allIds(mock.client)).containsExactly("1", "2");
        assertThat(mock.waits).hasSize(2);
        assertThat(mock.waits.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        assertThat(mock.waits.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    }

    @Test
    void connectionDroppedMidBodyIsRetriedAndNothingIsReadTwice() {
        mock.enqueuePage(1, 2, 4);
        mock.server.enqueue(new MockResponse.Builder().code(200).body(Fixtures.paginatorPage(2, 2, 4))
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        mock.enqueuePage(2, 2, 4);

        assertThat(allIds(mock.client)).containsExactly("1", "2", "3", "4");
        assertThat(mock.waits).hasSize(1);
    }

    @Test
    void retriesSpentOnServerErrorsEndInAServerException() {
        for (int i = 0; i < 4; i++) {
            enqueueStatus(500, null, null);
        }

        ServerException e = catchThrowableOfType(ServerException.class, () -> allIds(mock.client));

        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(mock.server.getRequestCount()).isEqualTo(4);
        assertThat(mock.waits).hasSize(3);
    }

    @Test
    void theVendorsThrottleSpendsNoRetryEvenAfterMoreThrottlesThanRetries() {
        for (int i = 0; i < 5; i++) {
            enqueueStatus(429, "Retry-After", "1");
        }
        mock.enqueuePage(1, 2, 2);

        assertThat(allIds(mock.client)).containsExactly("1", "2");
        assertThat(mock.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aRequestThrottledMoreThanTenTimesInARowEndsInARateLimitException() {
        for (int i = 0; i < 11; i++) {
            enqueueStatus(429, "Retry-After", "1");
        }

        RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> allIds(mock.client));

        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(1));
        assertThat(mock.waits).hasSize(10).containsOnly(Duration.ofSeconds(1));
        assertThat(mock.server.getRequestCount()).isEqualTo(11);
    }

    @Test
    void aRateLimitWithoutAWaitIsRetriedWithBackoffAndSpendsTheRetries() {
        for (int i = 0; i < 4; i++) {
            enqueueStatus(429, null, null);
        }

        RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> allIds(mock.client));

        assertThat(e.retryAfter()).isEmpty();
        assertThat(mock.waits).hasSize(3);
        assertThat(mock.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void clientErrorsAreNotRetried() {
        mock.enqueueJson(422, "{\"message\":\"bad\"}");

        catchThrowableOfType(dev.leadkit.core.BadRequestException.class, () -> allIds(mock.client));

        assertThat(mock.server.getRequestCount()).isEqualTo(1);
        assertThat(mock.waits).isEmpty();
    }

    @Test
    void unreachableHostEndsInAConnectionExceptionAfterEveryRetry() throws Exception {
        String url = mock.server.url("/api").toString();
        mock.server.close();
        try (AutocallsClient client = mock.builder().baseUrl(url).maxRetries(2).build()) {
            ConnectionException e = catchThrowableOfType(ConnectionException.class, () -> allIds(client));

            assertThat(e.getMessage()).contains("GET /api/user/leads failed after 3 attempts");
        }
        assertThat(mock.waits).hasSize(2);
    }

    @Test
    void slowResponseTimesOutAndIsRetried() {
        try (AutocallsClient client = mock.builder().timeout(Duration.ofMillis(750)).build()) {
            // far past the timeout however busy the machine: the server holds it until it is closed, after the test
            mock.server.enqueue(new MockResponse.Builder().code(200).body(Fixtures.paginatorPage(1, 2, 2))
                    .headersDelay(30, java.util.concurrent.TimeUnit.SECONDS).build());
            mock.enqueuePage(1, 2, 2);

            assertThat(allIds(client)).containsExactly("1", "2");
        }
        assertThat(mock.waits).hasSize(1);
    }
}
