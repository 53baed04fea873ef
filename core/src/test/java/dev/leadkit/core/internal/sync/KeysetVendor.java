package dev.leadkit.core.internal.sync;

import dev.leadkit.core.ForwardingLeadClient;
import dev.leadkit.core.internal.dialect.DefaultClientBuilder;
import dev.leadkit.core.internal.dialect.Dialect;
import dev.leadkit.core.internal.dialect.DialectClient;
import dev.leadkit.core.internal.dialect.TestVendor;
import dev.leadkit.core.internal.dialect.TestVendor.TestLead;
import dev.leadkit.core.internal.http.AuthScheme;
import dev.leadkit.core.internal.http.QueryParams;
import dev.leadkit.core.internal.sync.SyncMode.KeysetQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A vendor that filters and sorts by update time, as a live account on mockwebserver3: it answers
 * {@code updatedAt[gte]}, {@code updatedAt[gt]}, {@code updatedAt[lte]}, {@code sort=updatedAt:asc} and
 * {@code page} from leads a test changes between requests, three to a page, oldest update first (ties by id),
 * in core's test wire format. Its dialect's sync is the keyset one.
 */
final class KeysetVendor extends Dispatcher {

    static final int PAGE_SIZE = 3;

    /** The query of the keyset test dialect: the update-time filters a walk sets, and whether it sorts. */
    record Query(Optional<Instant> gte, Optional<Instant> gt, Optional<Instant> lte, boolean sorted) {
        static Query all() {
            return new Query(Optional.empty(), Optional.empty(), Optional.empty(), false);
        }
    }

    /** The narrowing a keyset walk asks of the dialect. */
    static final class Queries implements KeysetQueries<Query> {
        @Override
        public void check(Query query) {
        }

        @Override
        public Query from(Query query, Optional<Instant> watermark, boolean inclusive) {
            return new Query(watermark.filter(w -> inclusive), watermark.filter(w -> !inclusive), Optional.empty(),
                    true);
        }

        @Override
        public Query at(Query query, Instant instant) {
            return new Query(Optional.of(instant), Optional.empty(), Optional.of(instant), true);
        }
    }

    static QueryParams parameters(Query query, int page) {
        QueryParams params = new QueryParams();
        query.gte().ifPresent(instant -> params.add("updatedAt[gte]", instant.toString()));
        query.gt().ifPresent(instant -> params.add("updatedAt[gt]", instant.toString()));
        query.lte().ifPresent(instant -> params.add("updatedAt[lte]", instant.toString()));
        if (query.sorted()) {
            params.add("sort", "updatedAt:asc");
        }
        return params.add("page", Integer.toString(page));
    }

    static final Dialect<Query, TestLead> DIALECT = Dialect.<Query, TestLead>builder()
            .platform(TestVendor.PLATFORM)
            .envPrefix("KEYSETVENDOR")
            .defaultBaseUrl("https://api.keyset-vendor.example/api")
            .auth(AuthScheme.bearer())
            .path("leads")
            .pageSizeParameter("per_page")
            .everything(Query.all())
            .parameters(KeysetVendor::parameters)
            .pageFormat(zone -> new TestVendor.Format(zone, false))
            .errorReader(TestVendor.DIALECT.errorReader())
            .sync(SyncMode.keyset(new Queries()))
            .build();

    /** The keyset dialect's client. */
    static final class Client extends ForwardingLeadClient<Query, TestLead> {
        private Client(DialectClient<Query, TestLead> client) {
            super(client);
        }

        static DefaultClientBuilder<Query, TestLead, Client> builder() {
            return new DefaultClientBuilder<>(DIALECT, Client::new);
        }
    }

    /** A lead: its id and update time. */
    record Row(String id, Instant updated) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<Integer, Runnable> beforeRequest = new HashMap<>();
    private final Map<Integer, String> scripted = new HashMap<>();
    private final List<Map<String, String>> asked = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int overcount;

    /** Adds or replaces lead {@code id}, stamped {@code updated}. */
    synchronized KeysetVendor put(String id, Instant updated) {
        rows.removeIf(row -> row.id().equals(id));
        rows.add(new Row(id, updated));
        return this;
    }

    /** Removes lead {@code id}. */
    synchronized void delete(String id) {
        rows.removeIf(row -> row.id().equals(id));
    }

    /** Runs {@code change} just before answering request {@code number} (numbered from 1). */
    synchronized KeysetVendor before(int number, Runnable change) {
        beforeRequest.put(number, change);
        return this;
    }

    /** Answers request {@code number} with {@code body} instead of the leads. */
    synchronized KeysetVendor answer(int number, String body) {
        scripted.put(number, body);
        return this;
    }

    /** Counts {@code extra} more leads than it has in its total of one instant's leads. */
    void overcountInstants(int extra) {
        overcount = extra;
    }

    /** Each request's query parameters, in order. */
    List<Map<String, String>> asked() {
        return asked;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        int number = requests.incrementAndGet();
        Runnable change;
        String body;
        synchronized (this) {
            change = beforeRequest.remove(number);
            body = scripted.remove(number);
        }
        if (change != null) {
            change.run();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : request.getUrl().queryParameterNames()) {
            params.put(name, request.getUrl().queryParameter(name));
        }
        asked.add(params);
        return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body(body != null ? body : body(params)).build();
    }

    private synchronized String body(Map<String, String> params) {
        Optional<Instant> gte = Optional.ofNullable(params.get("updatedAt[gte]")).map(Instant::parse);
        Optional<Instant> gt = Optional.ofNullable(params.get("updatedAt[gt]")).map(Instant::parse);
        Optional<Instant> lte = Optional.ofNullable(params.get("updatedAt[lte]")).map(Instant::parse);
        List<Row> matching = rows.stream()
                .filter(row -> gte.map(instant -> !row.updated().isBefore(instant)).orElse(true))
                .filter(row -> gt.map(instant -> row.updated().isAfter(instant)).orElse(true))
                .filter(row -> lte.map(instant -> !row.updated().isAfter(instant)).orElse(true))
                .sorted(Comparator.comparing(Row::updated).thenComparing(Row::id))
                .toList();
        int page = Integer.parseInt(params.get("page"));
        int total = matching.size() + (lte.isPresent() ? overcount : 0);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        StringBuilder data = new StringBuilder();
        for (int i = (page - 1) * PAGE_SIZE; i < Math.min(matching.size(), page * PAGE_SIZE); i++) {
            data.append(data.length() == 0 ? "" : ",").append(lead(matching.get(i).id(), matching.get(i).updated()));
        }
        return "{\"data\":[" + data + "],\"has_more\":" + (page < pages) + ",\"total\":" + total
                + ",\"pages\":" + pages + ",\"page\":" + page + "}";
    }

    /** One lead in the vendor's JSON. */
    static String lead(String id, Instant updated) {
        return "{\"id\":\"" + id + "\",\"updated\":\"" + updated + "\"}";
    }
}
