package dev.leadkit.core;

/**
 * The leads of one account on one platform: what {@code client.leads()} returns on every client.
 *
 * <pre>{@code
 * Leads<AutocallsLeadQuery, AutocallsLead> leads = client.leads();
 * leads.list().totalItems();                                          // the vendor's total, one request
 * leads.list(AutocallsLeadQuery.builder().status(AutocallsLeadStatus.COMPLETED).build())
 *         .stream().forEach(System.out::println);                     // 100 a page, the vendor's largest
 * leads.sync().all().stream().forEach(store::upsert);                 // a sync, see LeadSync
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
     * Every lead, 100 to a page (every vendor's largest).
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

    /**
     * A sync of every lead: what changed since a checkpoint, none skipped while the vendor's data moves. See
     * {@link LeadSync} for the guarantee and how each vendor is read.
     *
     * @return the sync; nothing is requested until a run's stream is read
     */
    LeadSync<L> sync();

    /**
     * A sync of the leads matching {@code query}. A checkpoint is valid only for the query it was made for
     * (its filters; the page size may change).
     *
     * @param query the filters, validated when the query was built
     * @return the sync; nothing is requested until a run's stream is read
     * @throws IllegalArgumentException if the vendor cannot sync this query (Octanist: a query that sorts, or
     *                                  filters on the update time, which the sync sets itself)
     * @throws NullPointerException     if {@code query} is null
     */
    LeadSync<L> sync(Q query);
}
