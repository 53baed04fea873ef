package dev.leadkit.core;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Told about everything a client does: each attempt of each request, each retry and its wait, each wait for
 * the vendor's rate limit, each page a listing delivers, and each listing's end or failure. Set one on a
 * client's builder with {@link ClientBuilder#listener(LeadkitListener)}; every method does nothing unless
 * overridden, so a listener overrides what it needs:
 *
 * <pre>{@code
 * AutocallsClient client = AutocallsClient.builder()
 *         .apiKey(key)
 *         .listener(new LeadkitListener() {
 *             public void attempt(Attempt attempt) {
 *                 metrics.timer("leadkit.attempts", "status", attempt.status().toString()).record(attempt.elapsed());
 *             }
 *
 *             public void retry(Retry retry) {
 *                 log.info("retrying {} in {} after {}", retry.request(), retry.delay(), retry.reason());
 *             }
 *         })
 *         .build();
 * }</pre>
 *
 * <p>Each {@code stream()}, {@code iterator()}, {@code pages()} walk, each {@code publisher()} subscription and
 * each {@code page(n)} or {@code pageAsync(n)} is one <em>listing</em>, numbered from 1 in this JVM: every event
 * names its listing, so the events of one can be told from another's. The events of one listing arrive in
 * order: for each request its attempts, retries and waits in the order they happen, the pages in page order,
 * and its end or failure last. Events come from the threads doing the work (the consumer's thread for pages,
 * and, with {@code prefetch(n)}, leadkit's pager threads for requests), so a listener that keeps state must be
 * thread-safe. A listener's exception never breaks a listing: it is logged on {@code dev.leadkit.http} (its
 * first at WARNING, the rest at DEBUG) and the listing goes on. An {@link Error} is not an exception to
 * swallow: one thrown from {@code page} or {@code listingEnded} reaches the consumer in place of that page and
 * ends the walk, and reading on throws a {@link ConnectionException} whose {@code page()} names the page, so
 * {@code startingAt} resumes there and no lead is lost. No event carries the API key.
 */
public interface LeadkitListener {

    /** The listener that does nothing: the default. */
    LeadkitListener NONE = new LeadkitListener() {
    };

    /**
     * One attempt of a request has ended, answered or not.
     *
     * @param attempt what happened
     */
    default void attempt(Attempt attempt) {
    }

    /**
     * A request is about to be retried: why, and how long the client waits first.
     *
     * @param retry what happened
     */
    default void retry(Retry retry) {
    }

    /**
     * A request waits for the vendor's rate limit (or the client's own {@code rateLimit}) before it is sent: told
     * when it begins to wait until a moment, with how long that is. A request that waits for another request's
     * answer (the one learning when a spent window resets), which nobody knows beforehand, is told once that
     * answer has come, with how long it waited by the client's clock.
     *
     * @param wait why and how long
     */
    default void rateLimitWait(RateLimitWait wait) {
    }

    /**
     * A listing has handed a page to its consumer.
     *
     * @param page the page's number, size and the vendor's totals
     */
    default void page(PageDelivered page) {
    }

    /**
     * A listing has delivered its last page.
     *
     * @param end how much it delivered
     */
    default void listingEnded(ListingEnded end) {
    }

    /**
     * A listing has failed: no page follows.
     *
     * @param failure the typed exception it threw, and how much it delivered before
     */
    default void listingFailed(ListingFailed failure) {
    }

    /**
     * A sync run has read its leads to the end and made its checkpoint.
     *
     * @param end what the run read and delivered, and its checkpoint
     */
    default void syncEnded(SyncEnded end) {
    }

    /**
     * A sync run has failed: it gives no checkpoint, and the next run starts from the old one.
     *
     * @param failure the typed exception the run threw, and what it had read before
     */
    default void syncFailed(SyncFailed failure) {
    }

    /**
     * One attempt of a request.
     *
     * @param platform  the client's platform
     * @param listing   the listing the request belongs to
     * @param request   the request line, e.g. {@code GET /api/user/leads?per_page=100&page=2}: path and query,
     *                  never a header (so never the key)
     * @param attempt   1 for the first attempt of the request, 2 for its first retry, ...
     * @param status    the HTTP status, when the server answered
     * @param elapsed   from sending to the last byte read (or the failure)
     * @param bytesRead the body bytes read
     * @param failure   what went wrong when no status came (a timeout, a connection reset), or the body could
     *                  not be read
     */
    record Attempt(Platform platform, long listing, String request, int attempt, OptionalInt status, Duration elapsed,
                   long bytesRead, Optional<String> failure) {
    }

    /**
     * A retry about to wait.
     *
     * @param platform    the client's platform
     * @param listing     the listing the request belongs to
     * @param request     the request line, as in {@link Attempt}
     * @param attempt     the attempt that failed
     * @param status      its HTTP status, when the server answered
     * @param reason      why it is retried: {@code HTTP 503}, or the failure, e.g. {@code SocketTimeoutException: timeout}
     * @param delay       how long the client waits before the next attempt
     * @param vendorAsked whether the wait is the vendor's {@code Retry-After} rather than leadkit's backoff
     */
    record Retry(Platform platform, long listing, String request, int attempt, OptionalInt status, String reason,
                 Duration delay, boolean vendorAsked) {
    }

    /**
     * A wait before sending, for a rate limit.
     *
     * @param platform the client's platform
     * @param listing  the listing the request belongs to
     * @param request  the request line, as in {@link Attempt}
     * @param delay    how long the request waits
     * @param reason   why: the vendor's {@code Retry-After}, its spent window, or the client's own limit
     */
    record RateLimitWait(Platform platform, long listing, String request, Duration delay, String reason) {
    }

    /**
     * A page handed to a listing's consumer.
     *
     * @param platform   the client's platform
     * @param listing    the listing
     * @param number     the page's number
     * @param items      how many items it holds (after {@code distinctById()}, when that is on)
     * @param totalItems the vendor's total of items, when it gives one
     * @param totalPages the vendor's total of pages, when it gives one
     */
    record PageDelivered(Platform platform, long listing, int number, int items, OptionalLong totalItems,
                         OptionalLong totalPages) {
    }

    /**
     * A listing that delivered its last page.
     *
     * @param platform the client's platform
     * @param listing  the listing
     * @param pages    how many pages it delivered
     * @param items    how many items
     */
    record ListingEnded(Platform platform, long listing, int pages, long items) {
    }

    /**
     * A listing that failed.
     *
     * @param platform the client's platform
     * @param listing  the listing
     * @param pages    how many pages it delivered before
     * @param items    how many items
     * @param failure  the exception the listing threw; its {@link LeadkitException#page()} names the failed page
     */
    record ListingFailed(Platform platform, long listing, int pages, long items, LeadkitException failure) {
    }

    /**
     * A sync run that read its leads to the end. Its pages are also told one by one, each as a listing of its
     * own ({@link #page(PageDelivered)}).
     *
     * @param platform   the client's platform
     * @param pages      the pages it read: its requests, retries not counted
     * @param passes     how many times it read its query (or the leads of one update time) from the start
     * @param leads      the leads it delivered
     * @param checkpoint the checkpoint it made
     */
    record SyncEnded(Platform platform, int pages, int passes, long leads, SyncCheckpoint checkpoint) {
    }

    /**
     * A sync run that failed.
     *
     * @param platform the client's platform
     * @param pages    the pages it read before
     * @param leads    the leads it delivered before
     * @param failure  the exception the run threw
     */
    record SyncFailed(Platform platform, int pages, long leads, LeadkitException failure) {
    }
}
