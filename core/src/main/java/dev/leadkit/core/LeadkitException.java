package dev.leadkit.core;

import java.util.OptionalInt;

/**
 * The root of every exception leadkit throws about a request. All are unchecked. (Mistakes in how a client
 * or a query is built are not among them: those throw {@link IllegalArgumentException} or
 * {@link IllegalStateException} at once, before any request.)
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
 *
 * <p>Exceptions are serializable with everything they carry.
 */
public class LeadkitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The page whose fetch failed, kept when the exception is serialized.
     *
     * @serial the 1-based page whose fetch failed; 0 when the failure was not tied to a page. The pager sets it
     *         once, as the failure leaves the listing.
     */
    private int page;

    /**
     * An exception with a message and no cause.
     *
     * @param message what went wrong, never containing the API key
     */
    public LeadkitException(String message) {
        super(message);
    }

    /**
     * An exception with a message and the failure underneath it.
     *
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
}
