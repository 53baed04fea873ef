package dev.leadkit.testkit;

import java.util.List;

/**
 * What every sandbox offers, whichever vendor dialect it speaks: where it listens, the key it accepts,
 * the faults a test scripts and the requests it received.
 *
 * <pre>{@code
 * try (Sandbox sandbox = AutocallsSandbox.builder().leads(100).start()) {
 *     sandbox.faults().next(Fault.status(503));
 *     // ... point a client at sandbox.baseUrl() with sandbox.apiKey() ...
 *     assertThat(sandbox.requests()).hasSize(2);
 * }
 * }</pre>
 */
public interface Sandbox extends AutoCloseable {

    /**
     * The URL to give a client as its base URL: for Autocalls and Octanist {@code http://127.0.0.1:PORT/api}
     * (the vendors' base URLs end in {@code /api}), for orgleads the origin {@code http://127.0.0.1:PORT}.
     *
     * @return the base URL, without a trailing slash
     */
    String baseUrl();

    /**
     * The one API key the sandbox accepts; any other key, or none, gets the vendor's 401.
     *
     * @return the key
     */
    String apiKey();

    /**
     * The fault script: what the next requests, or a request by its number, answer instead of the normal reply.
     *
     * @return this sandbox's faults, to script
     */
    Faults faults();

    /**
     * Every request received so far, in arrival order (numbered from 1), faulted ones included.
     *
     * @return an immutable snapshot
     */
    List<SandboxRequest> requests();

    /** Stops the server and closes its connections. */
    @Override
    void close();
}
