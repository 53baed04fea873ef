package dev.leadkit.orgleads.internal;

import dev.leadkit.core.internal.http.QueryParams;
import dev.leadkit.orgleads.OrgLeadQuery;

/**
 * Maps an {@link OrgLeadQuery} and a page number to the query parameters of {@code GET /api/v1/leads}.
 * Pure.
 *
 * <p>Order on the wire (the API does not care; tests and logs do): the vendor's documented order,
 * {@code status, search, assignedToId, page, pageSize}. {@code page} is always sent, even for page 1, so
 * every request names the page it asks for; {@code pageSize} always too, 100 (the vendor's largest) unless
 * the query sets one, since the vendor's default of 50 would cost twice the requests; the others only when set. Values are percent-encoded by {@link QueryParams}.
 */
public final class OrgLeadsQueryParams {

    /** What the API takes in {@code assignedToId} for leads with no owner. */
    public static final String UNASSIGNED = "unassigned";

    private OrgLeadsQueryParams() {
    }

    /**
     * @param query  the user's filters
     * @param number the 1-based page to request
     * @return the parameters, in the vendor's documented order
     */
    public static QueryParams of(OrgLeadQuery query, int number) {
        QueryParams params = new QueryParams();
        query.status().ifPresent(status -> params.add("status", status.value()));
        query.search().ifPresent(search -> params.add("search", search));
        query.assignedToId().ifPresent(id -> params.add("assignedToId", id));
        if (query.unassigned()) {
            params.add("assignedToId", UNASSIGNED);
        }
        params.add("page", Integer.toString(number));
        params.add("pageSize", Integer.toString(query.pageSize().orElse(OrgLeadQuery.MAX_PAGE_SIZE)));
        return params;
    }
}
