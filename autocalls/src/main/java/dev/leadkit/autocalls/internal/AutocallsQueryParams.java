package dev.leadkit.autocalls.internal;

import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.internal.http.QueryParams;

/** Maps an {@link AutocallsLeadQuery} and a page number to the query parameters of {@code GET /user/leads}. Pure. */
public final class AutocallsQueryParams {

    private AutocallsQueryParams() {
    }

    /**
     * @param query the user's filters
     * @param page  the 1-based page, always sent (also {@code page=1}), so every request of a listing has the
     *              same shape
     * @return the parameters, in the vendor's documented order, then {@code page}
     */
    public static QueryParams of(AutocallsLeadQuery query, int page) {
        QueryParams params = new QueryParams();
        query.status().ifPresent(status -> params.add("status", status.value()));
        query.campaignId().ifPresent(id -> params.add("campaign_id", Long.toString(id)));
        query.phoneNumber().ifPresent(phone -> params.add("phone_number", phone));
        query.dateFrom().ifPresent(date -> params.add("date_from", date.toString()));
        query.dateTo().ifPresent(date -> params.add("date_to", date.toString()));
        params.add("per_page", Integer.toString(query.perPage().orElse(AutocallsLeadQuery.MAX_PER_PAGE)));
        return params.add("page", Integer.toString(page));
    }
}
