package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.ServerException;
import dev.leadkit.testkit.DialectFixture.Listing;
import dev.leadkit.testkit.DialectFixture.Signals;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A vendor's wait that is absurdly long or too large to read ({@code Retry-After}, {@code X-RateLimit-Reset})
 * is longer than any {@code maxRetryWait}: the listing fails at once with the vendor's typed exception,
 * after one request, never waits, and never meets an arithmetic overflow. A signed {@code Retry-After} is no
 * delta-seconds and leaves the backoff in place. Per dialect, over real HTTP.
 */
class HostileWaitHeadersTest {

    /** Ten years: what leadkit reads any longer wait as. */
    private static final Duration LONGEST = Duration.ofDays(3650);

    static Stream<Arguments> dialectsAndTooLongRetryAfters() {
        return DialectFixture.all().stream().flatMap(dialect -> Stream.of(
                "99999999999999999999999999999999", "9223372036854775807", "9223372036854775808",
                "999999999999999999", "315360001", "Fri, 31 Dec 9999 23:59:59 GMT")
                .map(value -> Arguments.of(dialect, value)));
    }

    static List<DialectFixture> dialects() {
        return DialectFixture.all();
    }

    private static MockResponse status(int code, String header, String value) {
        return Listing.json(code, "{\"message\": \"slow down\"}").addHeader(header, value).build();
    }

    private static Throwable read(DialectFixture dialect, Listing server) {
        return catchThrowable(() -> dialect.read(server, listing -> listing.stream().map(Lead::id).toList()));
    }

    @ParameterizedTest(name = "{0}, Retry-After: {1}")
    @MethodSource("dialectsAndTooLongRetryAfters")
    void aTooLongRetryAfterOnA429IsARateLimitExceptionAtOnceCarryingTenYears(DialectFixture dialect, String value) {
        try (Listing server = new Listing()) {
            server.reply(1, status(429, "Retry-After", value));

            Throwable thrown = read(dialect, server);

            assertThat(thrown).isInstanceOf(RateLimitException.class);
            assertThat(((RateLimitException) thrown).retryAfter()).hasValue(LONGEST);
            assertThat(server.requestedPages()).containsExactly(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aTooLargeRetryAfterOnA503IsAServerExceptionAtOnce(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, status(503, "Retry-After", "123456789012345678901234567890"));

            assertThat(read(dialect, server)).isInstanceOf(ServerException.class);
            assertThat(server.requestedPages()).containsExactly(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aRateLimitResetTooFarToBeAnInstantIsARateLimitExceptionAtOnce(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, Listing.json(429, "{\"message\": \"slow down\"}").addHeader("X-RateLimit-Limit", "60")
                    .addHeader("X-RateLimit-Remaining", "0").addHeader("X-RateLimit-Reset", "999999999999999999").build());

            Throwable thrown = read(dialect, server);

            assertThat(thrown).isInstanceOf(RateLimitException.class);
            // measured from the clock's instant when the 429 came: ten years, to the second
            assertThat(((RateLimitException) thrown).retryAfter().orElseThrow().toSeconds()).isEqualTo(LONGEST.toSeconds());
            assertThat(server.requestedPages()).containsExactly(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aRetryAfterOfZeroOnA503IsOneRetryOfLeadkitsNotASilentResendOfOkHttps(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, status(503, "Retry-After", "0"));
            List<String> attempts = new CopyOnWriteArrayList<>();

            Throwable thrown = catchThrowable(() -> dialect.read(server,
                    client -> client.maxRetries(1).listener(new LeadkitListener() {
                        @Override
                        public void attempt(LeadkitListener.Attempt attempt) {
                            attempts.add(attempt.request());
                        }
                    }), listing -> listing.stream().map(Lead::id).toList()));

            assertThat(thrown).isInstanceOf(ServerException.class);
            assertThat(server.requestedPages()).as("the first attempt and one retry, nothing more").containsExactly(1, 1);
            assertThat(attempts).as("each request an attempt the listener is told of").hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aRateLimitResetOfTooManyDigitsIsARateLimitExceptionAtOnce(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, Listing.json(429, "{\"message\": \"slow down\"}")
                    .addHeader("X-RateLimit-Reset", "18446744073709551616000").build());

            assertThat(read(dialect, server)).isInstanceOf(RateLimitException.class);
            assertThat(server.requestedPages()).containsExactly(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aSignedRetryAfterIsNoWaitAndTheBackoffRetries(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, status(503, "Retry-After", "+5"));

            Throwable thrown = read(dialect, server);

            assertThat(thrown).isInstanceOf(ServerException.class);
            assertThat(server.requestedPages()).as("retried with the backoff, 3 times").containsExactly(1, 1, 1, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aRetryAfterWithinMaxRetryWaitIsStillWaitedAndRetried(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, status(503, "Retry-After", "59"));

            assertThat(read(dialect, server)).isInstanceOf(ServerException.class);
            assertThat(server.requestedPages()).containsExactly(1, 1, 1, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aListingAfterAHugeRemainingCountReadsOn(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, Listing.json(200, dialect.page(Signals.page(1).more(false), "101"))
                    .addHeader("X-RateLimit-Limit", "99999999999999999999999")
                    .addHeader("X-RateLimit-Remaining", "99999999999999999999999")
                    .addHeader("X-RateLimit-Reset", "99999999999999999999999").build());

            assertThat(read(dialect, server)).isNull();
        }
    }
}
