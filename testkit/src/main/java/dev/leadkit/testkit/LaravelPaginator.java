package dev.leadkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Laravel's {@code LengthAwarePaginator::toArray()}: the keys in Laravel's order, page URLs carrying only
 * {@code ?page=N} (no {@code appends()}, as the vendor's example shows), and the {@code links} window of
 * Laravel's {@code UrlWindow} with {@code onEachSide = 3}.
 */
final class LaravelPaginator {

    private static final int ON_EACH_SIDE = 3;

    private LaravelPaginator() {
    }

    /** Page {@code page} of {@code matching}: the paginator over its slice. */
    static <T> ObjectNode page(List<T> matching, int page, int perPage, String path, Function<T, JsonNode> item) {
        return page(Paging.slice(matching, page, perPage), page, perPage, matching.size(), path, item);
    }

    /**
     * The paginator's JSON for one page.
     *
     * @param items   the page's items (none past the end)
     * @param page    the page number, from 1
     * @param perPage the page size
     * @param total   how many items the whole listing holds
     * @param path    the listing's URL without a query, for the page URLs
     * @param item    writes one item
     * @return the body
     */
    static <T> ObjectNode page(List<T> items, int page, int perPage, long total, String path, Function<T, JsonNode> item) {
        int lastPage = (int) Math.max(1, (total + perPage - 1) / perPage);
        ObjectNode body = JsonBodies.object();
        body.put("current_page", page);
        ArrayNode data = body.putArray("data");
        items.forEach(i -> data.add(item.apply(i)));
        body.put("first_page_url", url(path, 1));
        if (items.isEmpty()) {
            body.putNull("from");
        } else {
            body.put("from", (long) (page - 1) * perPage + 1);
        }
        body.put("last_page", lastPage);
        body.put("last_page_url", url(path, lastPage));
        ArrayNode links = body.putArray("links");
        link(links, page > 1 ? url(path, page - 1) : null, "&laquo; Previous", false);
        for (Object element : elements(page, lastPage)) {
            if (element instanceof Integer number) {
                link(links, url(path, number), Integer.toString(number), number == page);
            } else {
                link(links, null, "...", false);
            }
        }
        String next = page < lastPage ? url(path, page + 1) : null;
        link(links, next, "Next &raquo;", false);
        body.put("next_page_url", next);
        body.put("path", path);
        body.put("per_page", perPage);
        body.put("prev_page_url", page > 1 ? url(path, page - 1) : null);
        if (items.isEmpty()) {
            body.putNull("to");
        } else {
            body.put("to", (long) (page - 1) * perPage + items.size());
        }
        body.put("total", total);
        return body;
    }

    /** Page numbers and {@code "..."} markers, as {@code UrlWindow} lays them out. */
    static List<Object> elements(int current, int last) {
        List<Object> elements = new ArrayList<>();
        if (last < ON_EACH_SIDE * 2 + 8) {
            range(elements, 1, last);
            return elements;
        }
        int window = ON_EACH_SIDE + 4;
        if (current <= window) {
            range(elements, 1, window + ON_EACH_SIDE);
            elements.add("...");
            range(elements, last - 1, last);
        } else if (current > last - window) {
            range(elements, 1, 2);
            elements.add("...");
            range(elements, last - (window + (ON_EACH_SIDE - 1)), last);
        } else {
            range(elements, 1, 2);
            elements.add("...");
            range(elements, current - ON_EACH_SIDE, current + ON_EACH_SIDE);
            elements.add("...");
            range(elements, last - 1, last);
        }
        return elements;
    }

    private static void range(List<Object> out, int from, int to) {
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
    }

    private static void link(ArrayNode links, String url, String label, boolean active) {
        ObjectNode link = links.addObject();
        link.put("url", url);
        link.put("label", label);
        link.put("active", active);
    }

    private static String url(String path, int page) {
        return path + "?page=" + page;
    }
}
