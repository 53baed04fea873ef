package dev.leadkit.testkit;

import java.util.List;

/**
 * How one vendor answers: the only vendor-specific part of a sandbox's server.
 *
 * @param <L> the lead type it serves
 */
interface Dialect<L> {

    /**
     * The vendor's answer to {@code request}, from its documented semantics.
     *
     * @param request the parsed request
     * @param leads   the leads the sandbox holds as this request is answered, in the vendor's listing order when
     *                it has a fixed one (else creation order)
     * @return the reply
     */
    Reply handle(IncomingRequest request, List<L> leads);

    /**
     * An error in the vendor's error shape, for faults (a 429) and for the sandbox's own failures.
     *
     * @param status  the HTTP status
     * @param message the human message
     * @return the reply
     */
    Reply error(int status, String message);

    /**
     * {@code reply} with the headers the vendor sends about its rate limit, on a throttled sandbox; the
     * reply as it is for a vendor that documents none.
     *
     * @param reply    the reply to send: the normal one, or the throttle's 429
     * @param decision what the throttle made of the request
     * @return the reply to send
     */
    default Reply withRateLimitHeaders(Reply reply, ThrottleDecision decision) {
        return reply;
    }
}
