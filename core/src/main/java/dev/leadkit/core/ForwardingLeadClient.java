package dev.leadkit.core;

import java.util.Objects;

/**
 * A {@link LeadClient} that hands every call to another: what each dialect's client is, around the client
 * leadkit builds, and what a decorator of yours can be (a client that counts its listings, say).
 *
 * <pre>{@code
 * final class CountingClient extends ForwardingLeadClient<AutocallsLeadQuery, AutocallsLead> {
 *     final AtomicInteger listings = new AtomicInteger();
 *
 *     CountingClient(AutocallsClient client) {
 *         super(client);
 *     }
 *
 *     public Leads<AutocallsLeadQuery, AutocallsLead> leads() {
 *         listings.incrementAndGet();
 *         return super.leads();
 *     }
 * }
 * }</pre>
 *
 * @param <Q> the dialect's query type
 * @param <L> the dialect's lead type
 */
public abstract class ForwardingLeadClient<Q, L extends Lead> implements LeadClient<Q, L> {

    private final LeadClient<Q, L> delegate;

    /**
     * A client that hands every call to {@code delegate}.
     *
     * @param delegate the client every call goes to
     */
    protected ForwardingLeadClient(LeadClient<Q, L> delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public Leads<Q, L> leads() {
        return delegate.leads();
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** {@return this client's class name and the delegate's options; never the API key} */
    @Override
    public String toString() {
        return getClass().getSimpleName() + '{' + delegate + '}';
    }
}
