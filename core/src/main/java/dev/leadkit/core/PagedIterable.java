package dev.leadkit.core;

import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * A listing that fetches its pages lazily: nothing is requested until you iterate, and page
 * {@code k + 1} is requested only once the items of page {@code k} are consumed (or, with
 * {@link #prefetch(int)}, while they are).
 *
 * <pre>{@code
 * PagedIterable<AutocallsLead> leads = client.leads().list(query);
 *
 * leads.stream().limit(5).forEach(System.out::println);   // one request
 * for (AutocallsLead lead : leads) { ... }                // every lead, page by page
 * leads.pages().forEach(page -> ...);                     // page by page
 * Page<AutocallsLead> third = leads.page(3);              // one page, now
 * leads.startingAt(7).stream();                           // resume a broken read at page 7
 * leads.prefetch(4).stream();                             // up to 4 pages requested ahead, same order
 * leads.totalItems();                                     // the vendor's total, one request
 * }</pre>
 *
 * <p>A listing whose query sets no page size asks for the vendor's largest page, 100 for every vendor, so page
 * numbers ({@link #page(int)}, {@link #startingAt(int)}, {@link LeadkitException#page()}) count pages of 100
 * unless the query says otherwise. Numbered pages shift when the vendor's leads change during a read: to keep
 * a copy of the leads in step, use a {@link LeadSync} ({@code client.leads().sync()}), not page numbers.
 *
 * <p>A failure while listing is a {@link LeadkitException} whose {@link LeadkitException#page()} tells the
 * page to resume from with {@link #startingAt(int)}. When the vendor's total changes between two pages
 * (leads were added or removed during the read), a warning is logged on {@code dev.leadkit.paging}; see
 * {@link #distinctById()}. A server that would keep a walk going for ever (repeating pages, sending page
 * after page without a new item while saying more follow, growing its page count as fast as it is read)
 * ends it in a {@link RunawayListingException}, after every item it sent and a bounded number of requests.
 *
 * <p>Instances are immutable and reusable: every {@link #iterator()}, {@link #stream()} and
 * {@link #pages()} starts a fresh walk from the first page (or the {@link #startingAt(int)} page).
 * Walks that prefetch hold requests in flight. {@link #stream()} cancels them as soon as it is closed
 * (try-with-resources, from any thread) or cut short ({@code limit}, {@code findFirst}, {@code anyMatch}).
 * A walk left behind without either ({@code break} out of a {@code for} loop over this iterable, a
 * {@link #pages()} stream cut short and not closed) requests no further page, and the requests it left in
 * flight (at most the prefetch window) are cancelled once it is garbage collected.
 *
 * @param <T> the item type
 */
public interface PagedIterable<T> extends Iterable<T> {

    /** {@return every item of every page, lazily, in the vendor's order} */
    Stream<T> stream();

    /** {@return every page, lazily, starting at the first page (or the {@link #startingAt(int)} page)} */
    Stream<Page<T>> pages();

    /**
     * Fetches one page now.
     *
     * @param number the 1-based page number
     * @return the page; past the last page it is an empty page without a next
     * @throws IllegalArgumentException if {@code number} is less than 1
     */
    Page<T> page(int number);

    /**
     * The vendor's total of items for this listing, from one request (page 1), instead of reading every page.
     *
     * @return the total, or empty when the vendor does not tell one (Sondos AI's single page: then count the
     *         items of {@code page(1)})
     */
    OptionalLong totalItems();

    /**
     * The same listing, starting at page {@code number}: how a broken sync resumes.
     *
     * @param number the 1-based page to start from
     * @return a new iterable; this one is unchanged
     * @throws IllegalArgumentException if {@code number} is less than 1
     */
    PagedIterable<T> startingAt(int number);

    /**
     * The same listing, with up to {@code pages} pages requested ahead of the consumer, concurrently
     * when the vendor tells the total (one page ahead when it does not). Items still come out in exactly
     * the sequential order, and never more than {@code pages} pages are held ahead of the one being read
     * ({@code pages + 1} in all): a slow consumer stalls fetching rather than filling memory. Each page's
     * fetch retries and honours {@code Retry-After} as sequential reading does; once a page has failed no
     * further page is requested, and its error is thrown when the consumer reaches it. Without this call a
     * listing is read sequentially, one page at a time.
     *
     * <pre>{@code
     * try (Stream<OrgLead> leads = client.leads().list(query).prefetch(4).stream()) {
     *     leads.limit(1_000).forEach(crm::upsert);   // closing cancels the pages still in flight
     * }
     * }</pre>
     *
     * @param pages how many pages may be requested ahead, 1 to 64
     * @return a new iterable; this one is unchanged
     * @throws IllegalArgumentException if {@code pages} is outside 1 to 64
     */
    PagedIterable<T> prefetch(int pages);

    /**
     * Fetches one page on a leadkit worker thread, for callers on asynchronous stacks. A client runs at most 64
     * such fetches at once, whatever its listings; more wait their turn in call order, so a burst of calls
     * neither starts a thread each nor sends the vendor a request each at once. A future cancelled while it
     * waits sends no request.
     *
     * <pre>{@code
     * leads.pageAsync(1).thenAccept(page -> page.items().forEach(this::sync));
     * }</pre>
     *
     * @param number the 1-based page number
     * @return a future completed with the page, or exceptionally with the {@link LeadkitException}
     * @throws IllegalArgumentException if {@code number} is less than 1
     */
    CompletableFuture<Page<T>> pageAsync(int number);

    /**
     * Every item of every page as a Reactive Streams {@link Flow.Publisher}, for reactive stacks (Reactor,
     * RxJava and Mutiny adapt it with their own adapters). Each {@code subscribe} starts a fresh walk, as
     * {@link #stream()} does, from the {@link #startingAt(int)} page, with this listing's {@link #prefetch(int)}
     * and {@link #distinctById()}. Pages are fetched as the subscriber signals demand: nothing is requested
     * before the first {@code request(n)}, and the next page only once the items of the current one are
     * delivered and demand remains (with {@code prefetch(n)}, up to n pages ahead). Pages are fetched and
     * signals delivered on leadkit's worker threads, never on the thread calling {@code request}.
     * {@code cancel()} cancels the requests in flight and sends no more. A failure is an {@code onError} with
     * the {@link LeadkitException}, whose {@link LeadkitException#page()} names the failed page, after every
     * item before it; {@code onComplete} follows the last page. A subscriber to a listing whose client is
     * closed gets {@code onSubscribe} and then {@code onError(IllegalStateException)} at once.
     *
     * <pre>{@code
     * listing.publisher().subscribe(new Flow.Subscriber<AutocallsLead>() {
     *     private Flow.Subscription subscription;
     *
     *     public void onSubscribe(Flow.Subscription s) { subscription = s; s.request(1); }
     *     public void onNext(AutocallsLead lead)        { crm.upsert(lead); subscription.request(1); }
     *     public void onError(Throwable e)              { failed(e); }   // a LeadkitException: resume at e.page()
     *     public void onComplete()                      { synced(); }
     * });
     *
     * // Reactor (reactor-core's JdkFlowAdapter):
     * Flux<AutocallsLead> leads = JdkFlowAdapter.flowPublisherToFlux(listing.publisher());
     * }</pre>
     *
     * @return a publisher of this listing's items; every subscriber gets its own walk
     */
    Flow.Publisher<T> publisher();

    /**
     * The same listing, dropping an item whose id was already on the page before it. Numbered
     * pages shift when leads are added or re-ordered during a long read, so the last items of page
     * {@code k} can come again at the top of page {@code k + 1}; this removes those repeats while holding
     * only two pages' ids in memory. Items are identified by {@link Lead#id()} when they are leads, else
     * by {@code equals}.
     *
     * @return a new iterable; this one is unchanged
     */
    PagedIterable<T> distinctById();
}
