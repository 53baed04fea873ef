package dev.leadkit.examples;

import dev.leadkit.core.LeadkitListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * A {@link LeadkitListener} that feeds a Micrometer {@link MeterRegistry}; set it on any client's builder with
 * {@code .listener(new MicrometerListener(registry))}. Every meter is tagged with the client's platform
 * ({@code autocalls}, {@code orgleads}, {@code tracking}):
 *
 * <ul>
 *   <li>{@code leadkit.attempts}, a timer: one sample per attempt of a request, how long it took; tagged
 *       {@code status} with the HTTP status ({@code 200}, {@code 429}, {@code 503}), or {@code failed} when no
 *       status came (a timeout, a connection reset);
 *   <li>{@code leadkit.retries}, a counter: one per retry; tagged {@code reason}, {@code HTTP 503} or the kind of
 *       failure ({@code SocketTimeoutException}), never its message, so that the tag's values stay few;
 *   <li>{@code leadkit.rate.limit.waits}, a timer: one sample per wait for a rate limit (the vendor's 429, its
 *       spent window, the client's own {@code rateLimit}), how long it was;
 *   <li>{@code leadkit.pages} and {@code leadkit.leads}, counters: the pages delivered, and the leads on them;
 *   <li>{@code leadkit.listings}, a counter: listings that ended ({@code outcome=ended}) or failed
 *       ({@code outcome=failed}).
 * </ul>
 *
 * <p>A registry is thread-safe, and so is this listener, which keeps no state of its own. The README's
 * "Listening to requests" prints {@link #attempt(Attempt)} as it is written here: keep the two the same.
 */
public final class MicrometerListener implements LeadkitListener {

    private final MeterRegistry registry;

    /**
     * A listener that registers its meters in {@code registry}.
     *
     * @param registry where the meters go
     */
    public MicrometerListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Records the attempt's time, by platform and status. */
    @Override
    public void attempt(Attempt attempt) {
        String status = attempt.status().isPresent() ? Integer.toString(attempt.status().getAsInt()) : "failed";
        registry.timer("leadkit.attempts", "platform", attempt.platform().id(), "status", status)
                .record(attempt.elapsed());
    }

    /** Counts the retry, by platform and reason. */
    @Override
    public void retry(Retry retry) {
        String reason = retry.status().isPresent() ? "HTTP " + retry.status().getAsInt() : retry.reason().split(":")[0];
        registry.counter("leadkit.retries", "platform", retry.platform().id(), "reason", reason).increment();
    }

    /** Records the wait's length, by platform. */
    @Override
    public void rateLimitWait(RateLimitWait wait) {
        registry.timer("leadkit.rate.limit.waits", "platform", wait.platform().id()).record(wait.delay());
    }

    /** Counts the page and its leads. */
    @Override
    public void page(PageDelivered page) {
        registry.counter("leadkit.pages", "platform", page.platform().id()).increment();
        registry.counter("leadkit.leads", "platform", page.platform().id()).increment(page.items());
    }

    /** Counts a listing that ended. */
    @Override
    public void listingEnded(ListingEnded end) {
        registry.counter("leadkit.listings", "platform", end.platform().id(), "outcome", "ended").increment();
    }

    /** Counts a listing that failed. */
    @Override
    public void listingFailed(ListingFailed failure) {
        registry.counter("leadkit.listings", "platform", failure.platform().id(), "outcome", "failed").increment();
    }
}
