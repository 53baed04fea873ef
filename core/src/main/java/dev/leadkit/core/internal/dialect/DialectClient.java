package dev.leadkit.core.internal.dialect;

import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadClient;
import dev.leadkit.core.LeadSync;
import dev.leadkit.core.Leads;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.internal.Events;
import dev.leadkit.core.internal.http.ClientSettings;
import dev.leadkit.core.internal.http.HttpTransport;
import dev.leadkit.core.internal.json.PageParsers;
import dev.leadkit.core.internal.paging.AsyncPages;
import dev.leadkit.core.internal.paging.LazyPagedIterable;
import dev.leadkit.core.internal.sync.DefaultLeadSync;
import dev.leadkit.core.internal.sync.SyncMode;
import java.util.Objects;

/**
 * The client of every dialect: a transport configured for the vendor, and its listings. A dialect's public
 * client class wraps one and hands its calls over.
 *
 * @param <Q> the dialect's query type
 * @param <L> the dialect's lead type
 */
public final class DialectClient<Q, L extends Lead> implements LeadClient<Q, L>, Leads<Q, L> {

    private final Dialect<Q, L> dialect;
    private final HttpTransport transport;
    private final PageReader<L> pages;
    private final Events events;
    private final DefaultLeadSync.Source<Q, L> syncSource;
    private final AsyncPages asyncPages = new AsyncPages();

    DialectClient(Dialect<Q, L> dialect, ClientSettings settings) {
        this.dialect = dialect;
        this.events = new Events(settings.listener(), dialect.platform());
        this.transport = new HttpTransport(settings, dialect.auth(), dialect.errorReader(), events, dialect.platform().id());
        this.pages = new PageReader<>(dialect.pageFormat().apply(settings.serverZone()),
                new PageParsers(settings.decodeLimits()));
        this.syncSource = new DefaultLeadSync.Source<>(dialect.platform(), this::list, settings.clock(), events,
                transport::requireOpen);
    }

    @Override
    public Leads<Q, L> leads() {
        return this;
    }

    @Override
    public PagedIterable<L> list() {
        return list(dialect.everything());
    }

    @Override
    public PagedIterable<L> list(Q query) {
        Objects.requireNonNull(query, "query must not be null");
        return new LazyPagedIterable<>((number, cancellation) -> transport.get(dialect.path(),
                dialect.parameters().parameters(query, number), body -> pages.read(body, number), cancellation), events, transport::requireOpen,
                asyncPages);
    }

    @Override
    public LeadSync<L> sync() {
        return sync(dialect.everything());
    }

    @Override
    public LeadSync<L> sync(Q query) {
        Objects.requireNonNull(query, "query must not be null");
        SyncMode<Q> mode = dialect.sync();
        if (mode instanceof SyncMode.Keyset<Q> keyset) {
            keyset.queries().check(query);
        }
        return new DefaultLeadSync<>(syncSource, query, QueryFingerprint.of(dialect, query), mode);
    }

    /** Releases what the transport created; see {@link HttpTransport#close()}. */
    @Override
    public void close() {
        transport.close();
    }

    /** The client's settings, for the public client's {@code toString()}; never the API key. */
    @Override
    public String toString() {
        return transport.settings().toString();
    }
}
