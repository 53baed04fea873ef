package dev.leadkit.core.internal.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * core's test vendor as a live account on mockwebserver3: leads that a test moves between requests, served
 * three to a page in core's test wire format ({@code {"data": [...], "has_more", "total", "pages", "page"}}),
 * ordered by a position the test changes, as a vendor that orders by something other than the update time.
 */
final class MovingVendor extends Dispatcher {

    static final int PAGE_SIZE = 3;

    /** A lead: its id, its update time and its place in the vendor's order. */
    record Row(String id, Instant updated, int position) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<Integer, Runnable> beforeRequest = new HashMap<>();
    private final Map<Integer, Integer> failing = new HashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    /** Adds a lead at the end of the vendor's order. */
    synchronized MovingVendor add(String id, Instant updated) {
        rows.add(new Row(id, updated, rows.size()));
        return this;
    }

    /** Moves lead {@code id} to the front of the vendor's order and stamps it {@code updated}. */
    synchronized void update(String id, Instant updated) {
        Row row = rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        rows.remove(row);
        int front = rows.stream().mapToInt(Row::position).min().orElse(0) - 1;
        rows.add(new Row(id, updated, front));
    }

    /** Moves lead {@code id} to the end of the vendor's order and stamps it {@code updated}. */
    synchronized void updateToBack(String id, Instant updated) {
        Row row = rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        rows.remove(row);
        int back = rows.stream().mapToInt(Row::position).max().orElse(0) + 1;
        rows.add(new Row(id, updated, back));
    }

    /** Removes lead {@code id}. */
    synchronized void delete(String id) {
        rows.removeIf(r -> r.id().equals(id));
    }

    /** Runs {@code change} just before answering request {@code number} (numbered from 1). */
    synchronized MovingVendor before(int number, Runnable change) {
        beforeRequest.put(number, change);
        return this;
    }

    /** Answers request {@code number} with {@code status} and core's test error body. */
    synchronized MovingVendor failing(int number, int status) {
        failing.put(number, status);
        return this;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        int number = requests.incrementAndGet();
        Runnable change;
        Integer status;
        synchronized (this) {
            change = beforeRequest.remove(number);
            status = failing.remove(number);
        }
        if (status != null) {
            return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                    .body("{\"message\":\"scripted failure\",\"code\":\"scripted\"}").build();
        }
        if (change != null) {
            change.run();
        }
        int page = Integer.parseInt(request.getUrl().queryParameter("page"));
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body(page)).build();
    }

    private synchronized String body(int page) {
        List<Row> ordered = rows.stream().sorted(Comparator.comparingInt(Row::position)).toList();
        int pages = Math.max(1, (ordered.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        StringBuilder data = new StringBuilder();
        for (int i = (page - 1) * PAGE_SIZE; i < Math.min(ordered.size(), page * PAGE_SIZE); i++) {
            Row row = ordered.get(i);
            data.append(data.length() == 0 ? "" : ",").append("{\"id\":\"").append(row.id())
                    .append("\",\"updated\":\"").append(row.updated()).append("\"}");
        }
        return "{\"data\":[" + data + "],\"has_more\":" + (page < pages) + ",\"total\":" + ordered.size()
                + ",\"pages\":" + pages + ",\"page\":" + page + "}";
    }
}
