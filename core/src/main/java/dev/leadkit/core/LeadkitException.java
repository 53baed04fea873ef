package dev.leadkit.core;

import java.util.OptionalInt;

/**
 * The root of every exception leadkit throws. All are unchecked.
 *
 * <pre>{@code
 * try {
 *     client.leads().list().forEach(this::sync);
 * } catch (RateLimitException e) {
 *     retryLater(e.retryAfter());
 * } catch (ApiException e) {
 *     log.warn("vendor said {} ({}): {}", e.statusCode(), e.errorCode().orElse("-"), e.getMessage());
 * } catch (LeadkitException e) {
 *     log.warn("could not list leads", e);
 * }
 * }</pre>
 */
public class LeadkitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The 1-based page whose fetch failed, or 0 when the failure was not tied to a page. */
    private int page;

    /**
     * @param message what went wrong, never containing the API key
     */
    public LeadkitException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, never containing the API key
     * @param cause   the underlying failure
     */
    public LeadkitException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The page whose fetch failed, when the failure happened while listing: every item before that page
     * was delivered, so a sync resumes with {@code listing.startingAt(e.page().getAsInt())}.
     *
     * @return the 1-based page number, or empty when the failure was not tied to a page
     */
    public OptionalInt page() {
        return page == 0 ? OptionalInt.empty() : OptionalInt.of(page);
    }

    /**
     * Records the page whose fetch failed; called by leadkit's pager. Has no effect once a page is set.
     *
     * @param number the 1-based page number
     * @return this exception
     */
    public LeadkitException atPage(int number) {
        if (page == 0 && number > 0) {
            page = number;
        }
        return this;
    }
}
