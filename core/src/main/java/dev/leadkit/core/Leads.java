package dev.leadkit.core;

/**
 * The leads of one account on one platform: what {@code client.leads()} returns on every client.
 *
 * <pre>{@code
 * Leads<AutocallsLeadQuery, AutocallsLead> leads = client.leads();
 * leads.list().stream().count();                                      // every lead, vendor defaults
 * leads.list(AutocallsLeadQuery.builder().perPage(100).build())       // filtered, 100 a page
 *         .stream().forEach(System.out::println);
 * }</pre>
 *
 * <p>Nothing is requested until a listing is iterated; page {@code N} is always requested as the query's
 * parameters plus the page number, never by following a URL the server sent.
 *
 * @param <Q> the dialect's query type
 * @param <L> the dialect's lead type
 */
public interface Leads<Q, L extends Lead> {

    /**
     * Every lead, with the vendor's default page size.
     *
     * @return the lazy listing
     */
    PagedIterable<L> list();

    /**
     * The leads matching {@code query}.
     *
     * @param query the filters, validated when the query was built
     * @return the lazy listing
     * @throws NullPointerException if {@code query} is null
     */
    PagedIterable<L> list(Q query);
}
