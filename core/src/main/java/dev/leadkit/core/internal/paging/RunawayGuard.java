package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Lead;
import dev.leadkit.core.Page;
import dev.leadkit.core.RunawayListingException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Notices, from what the pages of one walk carry (their items, their page count, their total), a server
 * that would keep the walk going for ever. Only a page that says another follows is judged: a listing
 * that ends is never a runaway. The walk is a runaway when:
 * <ul>
 *   <li>{@value #REPEATED_PAGES} pages in a row each hold exactly the items, in order, of one of the
 *       {@value #REMEMBERED_PAGES} pages before them (the server ignores the page parameter);
 *   <li>{@value #STALLED_PAGES} pages in a row bring no item that was not on the page before (empty pages,
 *       repeats);
 *   <li>the pages left by the vendor's page count have not shrunk over {@value #STALLED_PAGES} pages (the
 *       count grows as fast as the listing is read, or pages keep coming past it);
 *   <li>the items read outnumber the vendor's latest total by more than {@value #STALLED_PAGES} of the
 *       largest pages could hold;
 *   <li>a page numbered {@link Integer#MAX_VALUE} says another follows.
 * </ul>
 * A listing that changes while it is read (leads added, pages shifted) stays far from every bound.
 * Memory: one page of ids and {@value #REMEMBERED_PAGES} fingerprints.
 */
final class RunawayGuard {

    static final int REPEATED_PAGES = 3;
    static final int REMEMBERED_PAGES = 16;
    static final int STALLED_PAGES = 100;

    private Set<Object> previousIds = Set.of();
    private final long[] fingerprints = new long[REMEMBERED_PAGES];
    private int remembered;
    private int oldest;
    private int repeatsInARow;
    private int barrenInARow;
    private int firstBarren;
    private long fewestLeft = Long.MAX_VALUE;
    private int pageOfFewestLeft = -1;
    private long itemsRead;
    private int largestPage;

    /**
     * @param page the walk's next page, as the server sent it (before {@code distinctById()} drops repeats)
     * @return the exception that replaces the page after this one, when the walk is a runaway
     */
    Optional<RunawayListingException> observe(Page<?> page) {
        int number = page.number();
        List<?> items = page.items();
        boolean nothingNew = nothingNew(items);
        boolean repeat = !items.isEmpty() && remember(fingerprint(items));
        boolean barren = repeat || nothingNew;
        itemsRead += items.size();
        largestPage = Math.max(largestPage, items.size());
        if (pageOfFewestLeft < 0) {
            pageOfFewestLeft = number;
        }
        page.totalPages().ifPresent(count -> {
            long left = count - number;
            if (left >= 0 && left < fewestLeft) {
                fewestLeft = left;
                pageOfFewestLeft = number;
            }
        });
        repeatsInARow = repeat ? repeatsInARow + 1 : 0;
        if (barren && barrenInARow == 0) {
            firstBarren = number;
        }
        barrenInARow = barren ? barrenInARow + 1 : 0;
        if (!page.hasNext()) {
            return Optional.empty();
        }
        return verdict(page).map(RunawayListingException::new);
    }

    private Optional<String> verdict(Page<?> page) {
        int number = page.number();
        String stop = "; leadkit stops the listing rather than read on for ever";
        if (number == Integer.MAX_VALUE) {
            return Optional.of("the server says a page follows page " + number + ", the last page a listing can"
                    + " request" + stop);
        }
        if (repeatsInARow >= REPEATED_PAGES) {
            return Optional.of("pages " + (number - repeatsInARow + 1) + " to " + number + " each held exactly the "
                    + "leads of an earlier page, while the server said more follow: it seems to ignore the page "
                    + "parameter" + stop);
        }
        if (barrenInARow >= STALLED_PAGES) {
            return Optional.of(barrenInARow + " pages in a row (pages " + firstBarren + " to " + number + ") brought"
                    + " no new lead while the server said more follow" + stop);
        }
        if (page.totalPages().isPresent() && number - pageOfFewestLeft >= STALLED_PAGES) {
            long count = page.totalPages().getAsLong();
            return Optional.of(count < number
                    ? "page " + number + " says more follow, " + (number - count) + " pages past the server's own"
                            + " page count of " + count + stop
                    : (number - pageOfFewestLeft) + " pages were read since page " + pageOfFewestLeft + " and the"
                            + " server's page count grew as fast: page " + number + " of " + count + stop);
        }
        if (page.totalItems().isPresent()) {
            long total = page.totalItems().getAsLong();
            long room = (long) STALLED_PAGES * Math.max(largestPage, 1);
            if (itemsRead > total + room) {
                return Optional.of("the server sent " + itemsRead + " leads by page " + number + ", more than its"
                        + " total of " + total + " and " + STALLED_PAGES + " further pages could hold" + stop);
            }
        }
        return Optional.empty();
    }

    /** Whether no item is new to the page before; remembers this page's ids for the next. */
    private boolean nothingNew(List<?> items) {
        Set<Object> ids = new HashSet<>(Math.max(16, items.size() * 2));
        boolean fresh = false;
        for (Object item : items) {
            Object id = idOf(item);
            ids.add(id);
            fresh |= !previousIds.contains(id);
        }
        previousIds = ids;
        return !fresh;
    }

    /** Whether a page with this fingerprint is among those remembered; remembers it in place of the oldest. */
    private boolean remember(long fingerprint) {
        boolean seen = false;
        for (int i = 0; i < remembered; i++) {
            seen |= fingerprints[i] == fingerprint;
        }
        if (remembered < REMEMBERED_PAGES) {
            fingerprints[remembered++] = fingerprint;
        } else {
            fingerprints[oldest] = fingerprint;
            oldest = (oldest + 1) % REMEMBERED_PAGES;
        }
        return seen;
    }

    /** A 64-bit FNV-1a of the items' ids in order. */
    private static long fingerprint(List<?> items) {
        long hash = 0xcbf29ce484222325L;
        for (Object item : items) {
            String id = String.valueOf(idOf(item));
            for (int i = 0; i < id.length(); i++) {
                hash = (hash ^ id.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1f) * 0x100000001b3L; // an id's end: "1","23" is not "12","3"
        }
        return hash ^ items.size();
    }

    private static Object idOf(Object item) {
        return item instanceof Lead ? ((Lead) item).id() : item;
    }
}
