package dev.leadkit.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the sandboxes share: the server on 127.0.0.1 that speaks a vendor's dialect, the leads it holds as
 * they change, the key it accepts, its faults and the requests it received. {@link AutocallsSandbox},
 * {@link OrgLeadsSandbox} and {@link TrackingSandbox} add their vendor: how it answers, how its leads are
 * generated and changed, the order it lists them in and where its base URL ends. Only this package extends it.
 *
 * @param <L> the sandbox's lead type
 */
public abstract class AbstractSandbox<L extends SandboxLead> implements Sandbox {

    private final SandboxServer<L> server;
    private final LiveLeads<L> leads;
    private final SandboxChanges changes;
    private final String apiKey;
    private final String basePath;

    /**
     * Starts the server.
     *
     * @param builder      the builder's settings: leads, seed, key, clock, throttle
     * @param dialect      how the vendor answers
     * @param generator    how the vendor's leads are generated, when the builder was given none
     * @param mutations    how the vendor's leads change, given the leads it starts with
     * @param listingOrder the vendor's fixed listing order, if any (else leads are listed in creation order)
     * @param basePath     what follows the origin in {@link #baseUrl()}: {@code /api}, or nothing
     */
    AbstractSandbox(SandboxBuilder<?, L, ?> builder, Dialect<L> dialect, SandboxBuilder.Generator<L> generator,
                    Function<List<L>, LeadMutations<L>> mutations,
                    Optional<Comparator<L>> listingOrder, String basePath) {
        List<L> initial = builder.leadsToServe(generator);
        this.leads = new LiveLeads<>(initial, mutations.apply(initial), builder.clock(), builder.seed(), listingOrder);
        this.changes = new SandboxChanges(leads);
        this.apiKey = builder.apiKey();
        this.basePath = basePath;
        this.server = new SandboxServer<>(dialect, leads::beforeRequest, builder.newThrottle()).start();
    }

    @Override
    public String baseUrl() {
        return server.origin() + basePath;
    }

    @Override
    public String apiKey() {
        return apiKey;
    }

    @Override
    public List<L> leads() {
        return leads.listed();
    }

    @Override
    public SandboxChanges changes() {
        return changes;
    }

    @Override
    public List<LeadChange> changeLog() {
        return leads.changeLog();
    }

    @Override
    public Faults faults() {
        return server.faults();
    }

    @Override
    public List<SandboxRequest> requests() {
        return server.requests();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + baseUrl() + ", " + leads().size() + " leads}";
    }
}
