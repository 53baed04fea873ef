package dev.leadkit.testkit;

/** How one vendor answers: the only vendor-specific part of a sandbox's server. */
interface Dialect {

    /**
     * The vendor's answer to {@code request}, from its documented semantics.
     *
     * @param request the parsed request
     * @return the reply
     */
    Reply handle(IncomingRequest request);

    /**
     * An error in the vendor's error shape, for faults (a 429) and for the sandbox's own failures.
     *
     * @param status  the HTTP status
     * @param message the human message
     * @return the reply
     */
    Reply error(int status, String message);
}
