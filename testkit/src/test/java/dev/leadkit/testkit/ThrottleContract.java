package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every sandbox's {@code throttle(requests, window)} does, whichever vendor it speaks; each dialect's
 * test extends this with how it starts a sandbox and sends a request, and adds what its vendor sends.
 * Time moves only when a test advances {@link #clock}.
 */
abstract class ThrottleContract {

    static final Instant START = Instant.parse("2026-05-01T10:00:00Z");
    static final Duration MINUTE = Duration.ofMinutes(1);

    final ManualClock clock = ManualClock.at(START);
    private final List<Sandbox> started = new ArrayList<>();

    /** A sandbox of this dialect reading {@link #clock}, throttled to {@code requests} per {@code window}. */
    abstract Sandbox throttled(int requests, Duration window);

    /** A sandbox of this dialect reading {@link #clock}, not throttled. */
    abstract Sandbox unthrottled();

    /** A listing request with the right key. */
    abstract Http.Result get(Sandbox sandbox);

    /** A listing request with a wrong key. */
    abstract Http.Result getWithWrongKey(Sandbox sandbox);

    /** Closes {@code sandbox} after the test. */
    final Sandbox track(Sandbox sandbox) {
        started.add(sandbox);
        return sandbox;
    }

    @AfterEach
    void closeSandboxes() {
        started.forEach(Sandbox::close);
    }

    static List<Integer> statuses(List<Http.Result> results) {
        return results.stream().map(Http.Result::status).toList();
    }

    static List<Http.Result> times(int count, Callable<Http.Result> request) {
        List<Http.Result> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try {
                results.add(request.call());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return results;
    }

    /** The names of the rate-limit headers a response carries: {@code Retry-After} and any {@code X-RateLimit-*}. */
    static List<String> rateLimitHeaders(Headers headers) {
        return headers.names().stream().map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> name.equals("retry-after") || name.startsWith("x-ratelimit")).toList();
    }

    /** {@code threads} threads released together, each sending {@code each} requests. */
    static List<Http.Result> concurrently(int threads, int each, Callable<Http.Result> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Http.Result>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return times(each, request);
                }));
            }
            go.countDown();
            List<Http.Result> results = new ArrayList<>();
            for (Future<List<Http.Result>> future : futures) {
                results.addAll(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void answersTheBudgetNormallyThenTooManyAttempts() {
        Sandbox sandbox = track(throttled(3, MINUTE));

        assertThat(statuses(times(5, () -> get(sandbox)))).containsExactly(200, 200, 200, 429, 429);
    }

    @Test
    void retryAfterRoundsUpToTheNextWholeSecond() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);
        clock.advance(Duration.ofMillis(2_700));

        assertThat(get(sandbox).headers().get("Retry-After")).isEqualTo("58");
    }

    @Test
    void retryAfterIsExactWhenTheResetIsWholeSecondsAway() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);
        clock.advance(Duration.ofSeconds(3));

        assertThat(get(sandbox).headers().get("Retry-After")).isEqualTo("57");
    }

    @Test
    void theWindowResetsOnceTheClockPassesIt() {
        Sandbox sandbox = track(throttled(2, MINUTE));
        times(3, () -> get(sandbox));
        clock.advance(MINUTE);

        assertThat(statuses(times(3, () -> get(sandbox)))).containsExactly(200, 200, 429);
    }

    @Test
    void theWindowHoldsUntilItsLastInstant() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);
        clock.advance(MINUTE.minusMillis(1));

        Http.Result result = get(sandbox);

        assertThat(result.status()).isEqualTo(429);
        assertThat(result.headers().get("Retry-After")).isEqualTo("1");
    }

    @Test
    void aNewWindowOpensAtTheFirstRequestAfterTheOldOneEnded() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);
        clock.advance(Duration.ofSeconds(90));
        get(sandbox);                                    // opens a window ending 60 s from now, not 30 s

        assertThat(get(sandbox).headers().get("Retry-After")).isEqualTo("60");
    }

    @Test
    void aRejectedRequestSpendsNoBudgetAndDoesNotMoveTheReset() {
        Sandbox sandbox = track(throttled(2, MINUTE));
        times(2, () -> get(sandbox));
        List<String> retryAfters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            retryAfters.add(get(sandbox).headers().get("Retry-After"));
            clock.advance(Duration.ofSeconds(20));
        }

        assertThat(retryAfters).containsExactly("60", "40", "20");
        assertThat(statuses(times(3, () -> get(sandbox)))).containsExactly(200, 200, 429);
    }

    @Test
    void unauthenticatedRequestsSpendTheBudgetToo() {
        Sandbox sandbox = track(throttled(2, MINUTE));

        List<Integer> statuses = statuses(List.of(getWithWrongKey(sandbox), getWithWrongKey(sandbox), get(sandbox)));

        assertThat(statuses).containsExactly(401, 401, 429);
    }

    @Test
    void requestsRecordsAThrottledRequestWithStatus429() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        times(2, () -> get(sandbox));

        assertThat(sandbox.requests()).extracting(SandboxRequest::status).containsExactly(200, 429);
        assertThat(sandbox.requests().get(1).fault()).isEmpty();
    }

    @Test
    void answersExactlyTheBudgetToConcurrentRequests() throws Exception {
        Sandbox sandbox = track(throttled(10, MINUTE));

        List<Http.Result> results = concurrently(8, 5, () -> get(sandbox));

        assertThat(statuses(results)).hasSize(40).filteredOn(status -> status == 200).hasSize(10);
        assertThat(statuses(results)).filteredOn(status -> status == 429).hasSize(30);
        assertThat(sandbox.requests()).filteredOn(request -> request.status() == 200)
                .extracting(SandboxRequest::index).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void tooManyAttemptsIsTheRateLimitFaultsBody() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);
        sandbox.faults().next(Fault.rateLimited(Duration.ofSeconds(60)));
        Http.Result fault = get(sandbox);
        Http.Result throttle = get(sandbox);

        assertThat(throttle.status()).isEqualTo(fault.status()).isEqualTo(429);
        assertThat(withoutMeta(throttle.body())).isEqualTo(withoutMeta(fault.body()));
        assertThat(throttle.headers().get("Retry-After")).isEqualTo(fault.headers().get("Retry-After"));
    }

    /** A body without Octanist's {@code meta} (its request id differs from one request to the next). */
    private static String withoutMeta(String body) {
        ObjectNode json = (ObjectNode) JsonShape.parse(body);
        json.remove("meta");
        return json.toString();
    }

    @Test
    void answersEveryRequestAndSendsNoRateLimitHeaderWhenNotThrottled() {
        Sandbox sandbox = track(unthrottled());

        List<Http.Result> results = times(100, () -> get(sandbox));
        Http.Result unauthenticated = getWithWrongKey(sandbox);

        assertThat(statuses(results)).containsOnly(200);
        assertThat(results).allSatisfy(result -> assertThat(rateLimitHeaders(result.headers())).isEmpty());
        assertThat(rateLimitHeaders(unauthenticated.headers())).isEmpty();
    }
}
