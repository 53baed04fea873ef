package dev.leadkit.core;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One page of a listing, as the vendor returned it.
 *
 * <pre>{@code
 * Page<AutocallsLead> first = client.leads().list().page(1);
 * System.out.println(first.items().size() + " of " + first.totalItems().orElse(-1));
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Page<T> {

    private final List<T> items;
    private final int number;
    private final boolean hasNext;
    private final OptionalLong totalItems;
    private final OptionalInt totalPages;

    private Page(List<T> items, int number, boolean hasNext, OptionalLong totalItems, OptionalInt totalPages) {
        this.items = List.copyOf(items);
        this.number = number;
        this.hasNext = hasNext;
        this.totalItems = Objects.requireNonNull(totalItems, "totalItems");
        this.totalPages = Objects.requireNonNull(totalPages, "totalPages");
    }

    /**
     * A page whose vendor told how many items and pages the whole listing has.
     *
     * @param items      the page's items, in the vendor's order
     * @param number     the 1-based page number
     * @param hasNext    whether the vendor says another page follows
     * @param totalItems items in the whole listing
     * @param totalPages pages in the whole listing
     * @param <T>        the item type
     * @return the page
     */
    public static <T> Page<T> of(List<T> items, int number, boolean hasNext, long totalItems, int totalPages) {
        return new Page<>(items, number, hasNext, OptionalLong.of(totalItems), OptionalInt.of(totalPages));
    }

    /**
     * A page of a listing whose size the vendor does not tell.
     *
     * @param items   the page's items, in the vendor's order
     * @param number  the 1-based page number
     * @param hasNext whether the vendor says another page follows
     * @param <T>     the item type
     * @return the page
     */
    public static <T> Page<T> withoutTotals(List<T> items, int number, boolean hasNext) {
        return new Page<>(items, number, hasNext, OptionalLong.empty(), OptionalInt.empty());
    }

    /** {@return the page's items in the vendor's order; never null, possibly empty, unmodifiable} */
    public List<T> items() {
        return items;
    }

    /** {@return the 1-based number of this page} */
    public int number() {
        return number;
    }

    /** {@return whether the vendor says another page follows this one} */
    public boolean hasNext() {
        return hasNext;
    }

    /** {@return items in the whole listing, when the vendor says} */
    public OptionalLong totalItems() {
        return totalItems;
    }

    /** {@return pages in the whole listing, when the vendor says} */
    public OptionalInt totalPages() {
        return totalPages;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Page)) {
            return false;
        }
        Page<?> other = (Page<?>) o;
        return number == other.number && hasNext == other.hasNext && items.equals(other.items)
                && totalItems.equals(other.totalItems) && totalPages.equals(other.totalPages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, number, hasNext, totalItems, totalPages);
    }

    @Override
    public String toString() {
        return "Page{number=" + number + ", items=" + items.size() + ", hasNext=" + hasNext
                + totalItems.stream().mapToObj(t -> ", totalItems=" + t).findFirst().orElse("")
                + totalPages.stream().mapToObj(t -> ", totalPages=" + t).findFirst().orElse("") + '}';
    }
}
