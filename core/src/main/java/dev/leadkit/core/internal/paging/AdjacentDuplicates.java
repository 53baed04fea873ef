package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Lead;
import dev.leadkit.core.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops from each page the items already delivered on the page before it, remembering only that page's
 * ids: what {@code distinctById()} does, with memory bounded by two pages.
 */
final class AdjacentDuplicates<T> {

    private Set<Object> previousIds = Set.of();

    Page<T> filter(Page<T> page) {
        Set<Object> ids = new HashSet<>();
        List<T> fresh = new ArrayList<>(page.items().size());
        for (T item : page.items()) {
            Object id = item instanceof Lead ? ((Lead) item).id() : item;
            if (!previousIds.contains(id) && ids.add(id)) {
                fresh.add(item);
            }
        }
        previousIds = ids;
        if (fresh.size() == page.items().size()) {
            return page;
        }
        return page.totalItems().isPresent() && page.totalPages().isPresent()
                ? Page.of(fresh, page.number(), page.hasNext(), page.totalItems().getAsLong(), page.totalPages().getAsInt())
                : Page.withoutTotals(fresh, page.number(), page.hasNext());
    }
}
