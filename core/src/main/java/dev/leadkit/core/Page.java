package dev.leadkit.core;

import java.util.List;
import java.util.Objects;
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
    private final OptionalLong totalPages;

    private Page(List<T> items, int number, boolean hasNext, OptionalLong totalItems, OptionalLong totalPages) {
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more, got " + number);
        }
        this.items = List.copyOf(items);
        this.number = number;
        this.hasNext = hasNext;
        this.totalItems = requireCount(totalItems, "totalItems");
        this.totalPages = requireCount(totalPages, "totalPages");
    }

    private static OptionalLong requireCount(OptionalLong count, String name) {
        Objects.requireNonNull(count, name);
        if (count.isPresent() && count.getAsLong() < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, got " + count.getAsLong());
        }
        return count;
    }

    /**
     * A page and what the vendor told of the whole listing.
     *
     * @param items      the page's items, in the vendor's order; copied
     * @param number     the 1-based page number
     * @param hasNext    whether the vendor says another page follows
     * @param totalItems items in the whole listing, when the vendor says
     * @param totalPages pages in the whole listing, when the vendor says
     * @param <T>        the item type
     * @return the page
     * @throws IllegalArgumentException if {@code number} is below 1 or a total is negative
     */
    public static <T> Page<T> of(List<T> items, int number, boolean hasNext, OptionalLong totalItems,
            OptionalLong totalPages) {
        return new Page<>(items, number, hasNext, totalItems, totalPages);
    }

    /**
     * A page and both of the vendor's totals.
     *
     * @param items      the page's items, in the vendor's order; copied
     * @param number     the 1-based page number
     * @param hasNext    whether the vendor says another page follows
     * @param totalItems items in the whole listing
     * @param totalPages pages in the whole listing
     * @param <T>        the item type
     * @return the page
     * @throws IllegalArgumentException if {@code number} is below 1 or a total is negative
     */
    public static <T> Page<T> of(List<T> items, int number, boolean hasNext, long totalItems, long totalPages) {
        return new Page<>(items, number, hasNext, OptionalLong.of(totalItems), OptionalLong.of(totalPages));
    }

    /**
     * A page of a listing whose size the vendor does not tell.
     *
     * @param items   the page's items, in the vendor's order; copied
     * @param number  the 1-based page number
     * @param hasNext whether the vendor says another page follows
     * @param <T>     the item type
     * @return the page
     * @throws IllegalArgumentException if {@code number} is below 1
     */
    public static <T> Page<T> withoutTotals(List<T> items, int number, boolean hasNext) {
        return new Page<>(items, number, hasNext, OptionalLong.empty(), OptionalLong.empty());
    }

    /**
     * This page with other items, the rest unchanged: how a filter over a page (such as
     * {@link PagedIterable#distinctById()}) keeps what the vendor said.
     *
     * @param newItems the items
     * @return a new page
     */
    public Page<T> withItems(List<T> newItems) {
        return new Page<>(newItems, number, hasNext, totalItems, totalPages);
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
    public OptionalLong totalPages() {
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
