package dev.leadkit.tracking;

import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.internal.http.HttpTransport;
import dev.leadkit.core.internal.http.QueryParams;
import dev.leadkit.core.internal.paging.LazyPagedIterable;
import dev.leadkit.tracking.internal.TrackingPageDecoder;
import dev.leadkit.tracking.internal.TrackingQueryParams;
import java.util.Objects;

/**
 * The leads of an Octanist account: {@code GET /leads}. Reached through {@link TrackingClient#leads()}.
 *
 * <pre>{@code
 * PagedIterable<TrackingLead> won = client.leads().list(TrackingLeadQuery.builder()
 *         .status(TrackingLeadStatus.WON)
 *         .limit(100)
 *         .build());
 * won.stream().map(TrackingLead::value).forEach(System.out::println);
 * won.page(1).totalItems();    // OptionalLong[234], from meta.pagination.total
 * }</pre>
 */
public final class TrackingLeads {

    static final String PATH = "leads";

    private final HttpTransport transport;
    private final TrackingPageDecoder decoder;

    TrackingLeads(HttpTransport transport) {
        this.transport = transport;
        this.decoder = new TrackingPageDecoder(transport.settings().serverZone());
    }

    /**
     * Every lead, with the vendor's defaults (50 a page, newest first). Nothing is requested until you iterate.
     *
     * @return the lazy listing
     */
    public PagedIterable<TrackingLead> list() {
        return list(TrackingLeadQuery.all());
    }

    /**
     * The leads matching {@code query}. Nothing is requested until you iterate; page {@code N} is requested
     * as the query's parameters plus {@code page=N}, and the listing stops when {@code meta.pagination.hasMore}
     * is false, without an extra request.
     *
     * @param query the filters, validated when built
     * @return the lazy listing
     */
    public PagedIterable<TrackingLead> list(TrackingLeadQuery query) {
        QueryParams params = TrackingQueryParams.of(Objects.requireNonNull(query, "query must not be null"));
        return new LazyPagedIterable<>(number ->
                transport.get(PATH, params.with("page", Integer.toString(number)), body -> decoder.decode(body, number)));
    }
}
