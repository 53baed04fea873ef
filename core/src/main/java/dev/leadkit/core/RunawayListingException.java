package dev.leadkit.core;

/**
 * The server would have kept the listing going for ever: it repeated pages, sent page after page without
 * a new lead while saying more follow, grew its page count as fast as the listing was read, sent far more
 * leads than its own total, or said a page follows the last page number a listing can request. The message
 * says which, and on which pages.
 *
 * <p>Every lead of the pages read was delivered before this is thrown, and {@link #page()} names the page
 * that was not requested. Not retried: a server that behaves this way would most likely do it again. What
 * leadkit counts as a runaway, and after how many pages, is bounded and documented in the README's
 * Reliability section.
 */
public class RunawayListingException extends LeadkitException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for a listing stopped because its server would keep it going for ever.
     *
     * @param message what the server did, on which pages
     */
    public RunawayListingException(String message) {
        super(message);
    }
}
