package dev.leadkit.core;

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
}
