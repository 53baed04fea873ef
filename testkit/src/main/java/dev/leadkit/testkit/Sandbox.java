package dev.leadkit.testkit;

import java.util.List;

/**
 * What every sandbox offers, whichever vendor dialect it speaks: where it listens, the key it accepts,
 * the leads it holds and how they change, the faults a test scripts and the requests it received.
 *
 * <pre>{@code
 * try (Sandbox sandbox = AutocallsSandbox.builder().leads(100).start()) {
 *     sandbox.faults().next(Fault.status(503));
 *     sandbox.changes().before(2, Change.create());     // a lead is created just before request 2
 *     // ... point a client at sandbox.baseUrl() with sandbox.apiKey() ...
 *     assertThat(sandbox.requests()).hasSize(2);
 *     assertThat(sandbox.leads()).hasSize(101);
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
     * The leads the sandbox holds now, an immutable snapshot: in creation order, except where a sandbox says
     * otherwise ({@link OrgLeadsSandbox#leads()} lists them in its API's order). Each sandbox's own
     * {@code leads()} returns its own lead type.
     *
     * @return the leads, reflecting every change applied so far
     */
    List<? extends SandboxLead> leads();

    /**
     * The change script: leads created, updated and deleted between requests, as a live account's are.
     *
     * @return this sandbox's changes, to script
     */
    SandboxChanges changes();

    /**
     * Every change applied to the leads so far, in the order applied.
     *
     * @return an immutable snapshot
     */
    List<LeadChange> changeLog();

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
