package dev.leadkit.orgleads;

import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.internal.http.HttpTransport;
import dev.leadkit.core.internal.paging.LazyPagedIterable;
import dev.leadkit.orgleads.internal.OrgLeadsPageDecoder;
import dev.leadkit.orgleads.internal.OrgLeadsQueryParams;
import java.util.Objects;

/**
 * The leads of a Nexus ERP organisation: {@code GET /api/v1/leads} (scope {@code leads.read}). Reached
 * through {@link OrgLeadsClient#leads()}.
 *
 * <pre>{@code
 * PagedIterable<OrgLead> mine = client.leads().list(OrgLeadQuery.builder()
 *         .status(OrgLeadStatus.QUALIFIED)
 *         .assignedToId("65e0a000a000a000a000a000")
 *         .pageSize(100)
 *         .build());
 * mine.stream().map(OrgLead::contactName).forEach(System.out::println);
 * }</pre>
 */
public final class OrgLeads {

    static final String PATH = "api/v1/leads";

    private final HttpTransport transport;
    private final OrgLeadsPageDecoder decoder;

    OrgLeads(HttpTransport transport) {
        this.transport = transport;
        this.decoder = new OrgLeadsPageDecoder(transport.settings().serverZone());
    }

    /**
     * Every lead of the organisation, with the vendor's default page size (50). Nothing is requested until
     * you iterate.
     *
     * @return the lazy listing
     */
    public PagedIterable<OrgLead> list() {
        return list(OrgLeadQuery.all());
    }

    /**
     * The leads matching {@code query}. Nothing is requested until you iterate; page {@code N} is requested
     * as the query's parameters plus {@code page=N}, and the listing ends on the page whose
     * {@code pagination.hasNextPage} is {@code false}, without a further request.
     *
     * <p>The API orders leads by {@code nextCallAt} ascending, then by creation time descending, and
     * {@code nextCallAt} changes as calls are scheduled. A lead whose next call moves while you read may
     * therefore shift to a page you have already read (and be missed) or to one you have yet to read (and
     * come out twice). The SDK pages by number as the API documents and does not paper over this; for a
     * complete sync, read in one fast pass (a larger {@code pageSize}, {@code prefetch}), de-duplicate by
     * {@link OrgLead#id()}, and re-sync periodically.
     *
     * @param query the filters, validated when built
     * @return the lazy listing
     */
    public PagedIterable<OrgLead> list(OrgLeadQuery query) {
        Objects.requireNonNull(query, "query must not be null");
        return new LazyPagedIterable<>(number ->
                transport.get(PATH, OrgLeadsQueryParams.of(query, number), body -> decoder.decode(body, number)));
    }
}
