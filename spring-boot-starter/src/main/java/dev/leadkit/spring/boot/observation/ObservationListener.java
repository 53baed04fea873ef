package dev.leadkit.spring.boot.observation;

import dev.leadkit.core.LeadkitListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * A {@link LeadkitListener} that records a client's retries, rate-limit waits, pages and listings through
 * Micrometer's Observation API; {@link LeadkitObservation#observe} sets it on a builder together with the
 * observation of each attempt. Each event is one observation, tagged with the client's {@code platform}
 * ({@code autocalls}, {@code orgleads}, {@code tracking}):
 *
 * <ul>
 *   <li>{@code leadkit.retries}: a request about to be retried; tagged {@code reason}, {@code HTTP 503} or the kind
 *       of failure ({@code SocketTimeoutException}), never its message, so that the tag's values stay few;
 *   <li>{@code leadkit.rate.limit.waits}: a request about to wait for a rate limit (the vendor's 429, its spent
 *       window, the client's own {@code rateLimit});
 *   <li>{@code leadkit.pages}: a page delivered to a listing's consumer;
 *   <li>{@code leadkit.listings}: a listing that ended ({@code outcome=ended}) or failed ({@code outcome=failed},
 *       with its exception as the observation's error).
 * </ul>
 *
 * <p>These observations mark a moment: the listener is told of each event once it is decided, not around it, so
 * what they measure is how many there were (a timer's count, a span each). How long each wait is, how many leads
 * a page holds and the request line are high-cardinality values ({@code leadkit.delay}, {@code leadkit.items},
 * {@code leadkit.request}), seen by tracing but not made into meter tags. The attempts themselves, timed from
 * sending to the body's last byte, are observed around each HTTP exchange ({@code leadkit.attempts}). Thread-safe:
 * it keeps no state of its own.
 */
public final class ObservationListener implements LeadkitListener {

    private final ObservationRegistry registry;

    /**
     * A listener that records through {@code registry}.
     *
     * @param registry the application's observation registry
     */
    public ObservationListener(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Marks the retry, by platform and reason. */
    @Override
    public void retry(Retry retry) {
        String reason = retry.status().isPresent() ? "HTTP " + retry.status().getAsInt() : retry.reason().split(":")[0];
        Observation.createNotStarted("leadkit.retries", registry)
                .contextualName("leadkit retry")
                .lowCardinalityKeyValue("platform", retry.platform().id())
                .lowCardinalityKeyValue("reason", reason)
                .highCardinalityKeyValue("leadkit.request", retry.request())
                .highCardinalityKeyValue("leadkit.delay", retry.delay().toString())
                .observe(() -> { });
    }

    /** Marks the wait, by platform. */
    @Override
    public void rateLimitWait(RateLimitWait wait) {
        Observation.createNotStarted("leadkit.rate.limit.waits", registry)
                .contextualName("leadkit rate limit wait")
                .lowCardinalityKeyValue("platform", wait.platform().id())
                .highCardinalityKeyValue("leadkit.request", wait.request())
                .highCardinalityKeyValue("leadkit.delay", wait.delay().toString())
                .highCardinalityKeyValue("leadkit.reason", wait.reason())
                .observe(() -> { });
    }

    /** Marks the page, by platform. */
    @Override
    public void page(PageDelivered page) {
        Observation.createNotStarted("leadkit.pages", registry)
                .contextualName("leadkit page")
                .lowCardinalityKeyValue("platform", page.platform().id())
                .highCardinalityKeyValue("leadkit.page", Integer.toString(page.number()))
                .highCardinalityKeyValue("leadkit.items", Integer.toString(page.items()))
                .observe(() -> { });
    }

    /** Marks a listing that ended. */
    @Override
    public void listingEnded(ListingEnded end) {
        listing(end.platform().id(), "ended", end.pages(), end.items()).observe(() -> { });
    }

    /** Marks a listing that failed, with its exception. */
    @Override
    public void listingFailed(ListingFailed failure) {
        Observation observation = listing(failure.platform().id(), "failed", failure.pages(), failure.items()).start();
        observation.error(failure.failure());
        observation.stop();
    }

    private Observation listing(String platform, String outcome, int pages, long items) {
        return Observation.createNotStarted("leadkit.listings", registry)
                .contextualName("leadkit listing " + outcome)
                .lowCardinalityKeyValue("platform", platform)
                .lowCardinalityKeyValue("outcome", outcome)
                .highCardinalityKeyValue("leadkit.pages", Integer.toString(pages))
                .highCardinalityKeyValue("leadkit.items", Long.toString(items));
    }
}
