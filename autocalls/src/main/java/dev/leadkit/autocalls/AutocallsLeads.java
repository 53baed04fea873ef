package dev.leadkit.autocalls;

import dev.leadkit.autocalls.internal.AutocallsPageDecoder;
import dev.leadkit.autocalls.internal.AutocallsQueryParams;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.internal.http.HttpTransport;
import dev.leadkit.core.internal.http.QueryParams;
import dev.leadkit.core.internal.paging.LazyPagedIterable;
import java.util.Objects;

/**
 * The leads of an Autocalls-platform account: {@code GET /user/leads}. Reached through
 * {@link AutocallsClient#leads()}.
 *
 * <pre>{@code
 * PagedIterable<AutocallsLead> completed = client.leads().list(AutocallsLeadQuery.builder()
 *         .status(AutocallsLeadStatus.COMPLETED)
 *         .perPage(100)
 *         .build());
 * completed.stream().map(AutocallsLead::phoneNumber).forEach(System.out::println);
 * }</pre>
 */
public final class AutocallsLeads {

    static final String PATH = "user/leads";

    private final HttpTransport transport;
    private final AutocallsPageDecoder decoder;

    AutocallsLeads(HttpTransport transport) {
        this.transport = transport;
        this.decoder = new AutocallsPageDecoder(transport.settings().serverZone());
    }

    /**
     * Every lead, with the vendor's default page size (15). Nothing is requested until you iterate.
     *
     * @return the lazy listing
     */
    public PagedIterable<AutocallsLead> list() {
        return list(AutocallsLeadQuery.all());
    }

    /**
     * The leads matching {@code query}. Nothing is requested until you iterate; page {@code N} is
     * requested as the query's parameters plus {@code page=N}.
     *
     * @param query the filters, validated when built
     * @return the lazy listing
     */
    public PagedIterable<AutocallsLead> list(AutocallsLeadQuery query) {
        QueryParams params = AutocallsQueryParams.of(Objects.requireNonNull(query, "query must not be null"));
        return new LazyPagedIterable<>(number ->
                transport.get(PATH, params.with("page", Integer.toString(number)), body -> decoder.decode(body, number)));
    }
}
