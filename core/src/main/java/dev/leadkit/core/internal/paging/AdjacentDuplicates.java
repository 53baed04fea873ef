package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Lead;
import dev.leadkit.core.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops from each page the items already seen on the page before it, remembering only that page's ids
 * (all of them, repeats included, so an item shifted across three pages in a row is delivered once): what
 * {@code distinctById()} does, with memory bounded by two pages.
 */
final class AdjacentDuplicates<T> {

    private Set<Object> previousIds = Set.of();

    Page<T> filter(Page<T> page) {
        Set<Object> ids = new HashSet<>();
        List<T> fresh = new ArrayList<>(page.items().size());
        for (T item : page.items()) {
            Object id = item instanceof Lead ? ((Lead) item).id() : item;
            boolean firstOnThisPage = ids.add(id);
            if (firstOnThisPage && !previousIds.contains(id)) {
                fresh.add(item);
            }
        }
        previousIds = ids;
        if (fresh.size() == page.items().size()) {
            return page;
        }
        return page.withItems(fresh);
    }
}
