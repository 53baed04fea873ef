package dev.leadkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.autocalls.AutocallsLeadStatus;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadClient;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.json.JsonValue;
import dev.leadkit.orgleads.OrgLead;
import dev.leadkit.orgleads.OrgLeadQuery;
import dev.leadkit.orgleads.OrgLeadStatus;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingFilter;
import dev.leadkit.tracking.TrackingLead;
import dev.leadkit.tracking.TrackingLeadQuery;
import dev.leadkit.tracking.TrackingLeadSource;
import dev.leadkit.tracking.TrackingLeadStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * One dialect as {@link DialectRulesTest} speaks to it: its real client over a mockwebserver3, and its
 * vendor's own way of writing each situation the rules name: a page and what it says about the listing, a
 * lead, a failure sent with a 200, the whole listing at once. A test writes the situation once, in neutral
 * words ({@link Signals}); each fixture writes it as its vendor does, so the test reads "the same situation
 * gets the same answer from every dialect". A page's envelope and an error's are written by the sandbox's own
 * writer for that vendor (the one its sandbox answers with), then the members the situation names are set to
 * their JSON text, verbatim, or removed: each vendor's wire format is written in one place.
 */
abstract class DialectFixture {

    static final String API_KEY = "sk_dialect_rules_0123456789";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The three dialects. */
    static List<DialectFixture> all() {
        return List.of(new Autocalls(), new OrgLeads(), new Tracking());
    }

    // ---- what a page says, in neutral words

    /**
     * What a page says about the listing, each {@code null} when the page does not say it. The counts are raw
     * JSON text, so that a test can send what no vendor should ({@code -1}, {@code 2.5}, {@code "many"}).
     *
     * @param more         whether another page follows, by the vendor's own flag
     * @param pageCount    the vendor's page count
     * @param total        the vendor's total of leads
     * @param answeredPage the page the server says it answered
     */
    record Signals(Boolean more, String pageCount, String total, String answeredPage) {

        /** A page that names itself and says nothing else. */
        static Signals page(int number) {
            return new Signals(null, null, null, Integer.toString(number));
        }

        /** A page that says nothing at all, not even its number. */
        static Signals nothing() {
            return new Signals(null, null, null, null);
        }

        Signals more(boolean flag) {
            return new Signals(flag, pageCount, total, answeredPage);
        }

        Signals pageCount(long count) {
            return pageCount(Long.toString(count));
        }

        Signals pageCount(String json) {
            return new Signals(more, json, total, answeredPage);
        }

        Signals total(long count) {
            return total(Long.toString(count));
        }

        Signals total(String json) {
            return new Signals(more, pageCount, json, answeredPage);
        }

        Signals answeredPage(String json) {
            return new Signals(more, pageCount, total, json);
        }
    }

    /** How a page says that another follows: by the vendor's flag alone, or by its page count alone. */
    enum Signal {
        FLAG, COUNT;

        /** Page {@code number} of a listing of {@code pages}, saying so this way only. */
        Signals of(int number, int pages) {
            Signals page = Signals.page(number);
            return this == FLAG ? page.more(number < pages) : page.pageCount(pages);
        }
    }

    /**
     * A vendor's failure, sent with a 200, and what its error reader reads from it.
     *
     * @param body      the body
     * @param requestId a request id header to send with it, or {@code null}
     * @param code      the error code as the dialect reads it (empty for a vendor that sends none)
     */
    record VendorError(String body, String requestId, Optional<String> code) {
    }

    /**
     * An unpaginated shape of the vendor's: the whole listing in one answer.
     *
     * @param name  how the vendor documents it
     * @param write writes the leads in that shape
     */
    record WholeListingShape(String name, Function<List<String>, String> write) {
    }

    /**
     * One of the dialect's enums, as the rules see it.
     *
     * @param name      the enum, as the display names name it
     * @param members   its members
     * @param unknown   its {@code UNKNOWN} member
     * @param wire      each member's string on the wire
     * @param fromValue its lookup
     * @param sends     every way a query or filter sends a member, each naming the parameter it sends
     */
    record VendorEnum(String name, List<Enum<?>> members, Enum<?> unknown, Function<Enum<?>, String> wire,
                      Function<String, Enum<?>> fromValue, List<Send> sends) {

        List<Enum<?>> documented() {
            return members.stream().filter(member -> member != unknown).toList();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * One way to send an enum's member.
     *
     * @param description as the display names say it
     * @param parameter   the parameter it sends
     * @param send        sends the member (builds the query or filter)
     */
    record Send(String description, String parameter, Consumer<Enum<?>> send) {

        @Override
        public String toString() {
            return description;
        }
    }

    // ---- what every dialect says

    /** The dialect, as the display names name it. */
    abstract String name();

    /** Where the client's base URL points on the server: the API root. */
    abstract String basePath();

    /** A builder of the dialect's real client. */
    abstract ClientBuilder<? extends LeadClient<?, ? extends Lead>> builder();

    /** The real client, reading from {@code baseUrl}, retries not waited for. */
    final LeadClient<?, ? extends Lead> client(String baseUrl) {
        return client(baseUrl, builder -> { });
    }

    /** The real client, reading from {@code baseUrl}, retries not waited for, with the test's own settings. */
    final LeadClient<?, ? extends Lead> client(String baseUrl, Consumer<ClientBuilder<?>> settings) {
        ClientBuilder<? extends LeadClient<?, ? extends Lead>> builder = builder().apiKey(API_KEY).baseUrl(baseUrl)
                .sleeper(wait -> { });
        settings.accept(builder);
        return builder.build();
    }

    /** A lead's every required field but its id, as members without braces. */
    abstract String requiredFieldsButId();

    /** The id member, for an id of digits. */
    abstract String idMember(String id);

    /** A page holding {@code leads} (each a lead's JSON) and saying {@code signals}. */
    abstract String page(List<String> leads, Signals signals);

    /** A page of the vendor's envelope holding {@code leads}, with no pagination at all. */
    abstract String withoutPagination(List<String> leads);

    /** The vendor's failure body saying {@code message}, {@code code} and {@code requestId}, as the vendor sends them. */
    abstract VendorError failure(String message, String code, String requestId);

    /** The vendor's unpaginated shapes; none when it documents none. */
    abstract List<WholeListingShape> wholeListingShapes();

    /** The lead's unknown fields. */
    abstract Map<String, JsonValue> additionalProperties(Lead lead);

    /** The envelope member of the flag, as the display names name it. */
    abstract String flagName();

    /** The envelope member of the page count. */
    abstract String pageCountName();

    /** The envelope member of the total. */
    abstract String totalName();

    /** Whether the flag decides when the flag and the page count disagree (else the page count does). */
    abstract boolean flagWinsOverPageCount();

    /** The dialect's enums. */
    abstract List<VendorEnum> enums();

    // ---- made of the above

    /** A lead with every required field and this id (digits). */
    final String lead(String id) {
        return "{" + idMember(id) + ", " + requiredFieldsButId() + "}";
    }

    /** A lead with every required field, this id and the extra members. */
    final String lead(String id, String extraMembers) {
        return "{" + idMember(id) + ", " + requiredFieldsButId() + ", " + extraMembers + "}";
    }

    /** A lead with every required field but no id at all. */
    final String leadWithoutId() {
        return "{" + requiredFieldsButId() + "}";
    }

    /** A lead with every required field and {@code "id": null}. */
    final String leadWithNullId() {
        return "{\"id\": null, " + requiredFieldsButId() + "}";
    }

    /** A page of one lead per id. */
    final String page(Signals signals, String... ids) {
        return page(leads(ids), signals);
    }

    /** The vendor's failure beside a page that would read by itself: the page's envelope with the failure's members over it. */
    final String failureBesidePage(VendorError failure, Signals signals, String... ids) {
        try {
            ObjectNode page = (ObjectNode) JSON.readTree(page(signals, ids));
            merge(page, (ObjectNode) JSON.readTree(failure.body()));
            return JSON.writeValueAsString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final List<String> leads(String... ids) {
        List<String> leads = new ArrayList<>();
        for (String id : ids) {
            leads.add(lead(id));
        }
        return leads;
    }

    /** The dialect's client on {@code server}. */
    final LeadClient<?, ? extends Lead> client(Listing server) {
        return client(server.url(basePath()));
    }

    /** Reads the listing of every lead on {@code server} with a new client, and closes the client. */
    final <T> T read(Listing server, Function<PagedIterable<? extends Lead>, T> read) {
        try (LeadClient<?, ? extends Lead> client = client(server)) {
            return read.apply(client.leads().list());
        }
    }

    /** Reads the listing on {@code server} with a new client of the test's own settings, and closes the client. */
    final <T> T read(Listing server, Consumer<ClientBuilder<?>> settings, Function<PagedIterable<? extends Lead>, T> read) {
        try (LeadClient<?, ? extends Lead> client = client(server.url(basePath()), settings)) {
            return read.apply(client.leads().list());
        }
    }

    /** The ids of every lead of the listing on {@code server}, read to its end. */
    final List<String> ids(Listing server) {
        return read(server, listing -> listing.stream().map(Lead::id).toList());
    }

    @Override
    public final String toString() {
        return name();
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        for (Map.Entry<String, JsonNode> member : from.properties()) {
            JsonNode existing = into.get(member.getKey());
            if (existing instanceof ObjectNode && member.getValue() instanceof ObjectNode) {
                merge((ObjectNode) existing, (ObjectNode) member.getValue());
            } else {
                into.set(member.getKey(), member.getValue());
            }
        }
    }

    /**
     * {@code members} of a page the sandbox wrote, said as the signals say them: each member set to its JSON
     * text, verbatim, or removed where the signals say nothing ({@code null}).
     *
     * @param page           the page as the sandbox writes it
     * @param members        the object in the page holding the members
     * @param namesAndValues member names, each followed by its JSON text or {@code null}
     * @return the page's text
     */
    static String saying(ObjectNode page, ObjectNode members, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                members.remove(namesAndValues[i]);
            } else {
                members.set(namesAndValues[i], raw(namesAndValues[i + 1]));
            }
        }
        return write(page);
    }

    /** JSON text as a node written verbatim: what the fixture sends is never re-read on the way. */
    static JsonNode raw(String json) {
        return JsonNodeFactory.instance.rawValueNode(new RawValue(json));
    }

    /** The leads' JSON texts, as nodes written verbatim. */
    static List<JsonNode> raw(List<String> leads) {
        return leads.stream().map(DialectFixture::raw).toList();
    }

    static String write(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String array(List<String> leads) {
        return "[" + String.join(", ", leads) + "]";
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }

    // ---- the three vendors

    /** The Autocalls platform: Laravel's paginator at the top level; {@code next_page_url} is the flag only without {@code last_page}. */
    static final class Autocalls extends DialectFixture {

        private static final String PATH = "https://app.autocalls.ai/api/user/leads";

        @Override
        String name() {
            return "Autocalls";
        }

        @Override
        String basePath() {
            return "/api";
        }

        @Override
        ClientBuilder<AutocallsClient> builder() {
            return AutocallsClient.builder();
        }

        @Override
        String requiredFieldsButId() {
            return "\"campaign_id\": 7, \"phone_number\": \"+14155550101\", \"variables\": {\"customer_name\": \"Jane\"},"
                    + " \"status\": \"completed\", \"created_at\": \"2025-06-30 11:18:04\", \"updated_at\": \"2025-06-30 11:18:04\"";
        }

        @Override
        String idMember(String id) {
            return "\"id\": " + id; // the platform's ids are numbers
        }

        @Override
        String page(List<String> leads, Signals signals) {
            ObjectNode page = LaravelPaginator.page(raw(leads), 1, 15, leads.size(), PATH, lead -> lead);
            String nextPageUrl = signals.more() == null ? null : signals.more() ? quoted(PATH + "?page=next") : "null";
            return saying(page, page, "current_page", signals.answeredPage(), "last_page", signals.pageCount(),
                    "next_page_url", nextPageUrl, "total", signals.total());
        }

        @Override
        String withoutPagination(List<String> leads) {
            return write(LaravelPaginator.page(raw(leads), 1, 15, leads.size(), PATH, lead -> lead).retain("data"));
        }

        @Override
        VendorError failure(String message, String code, String requestId) {
            return new VendorError("{\"success\": false, \"error\": " + quoted(message) + ", \"code\": " + quoted(code) + "}",
                    requestId, Optional.of(code));
        }

        @Override
        List<WholeListingShape> wholeListingShapes() {
            return List.of(shape("a bare array", AutocallsSandbox.Shape.BARE_ARRAY),
                    shape("{\"leads\": [...]}", AutocallsSandbox.Shape.LEADS_OBJECT));
        }

        private static WholeListingShape shape(String name, AutocallsSandbox.Shape shape) {
            return new WholeListingShape(name, leads -> write(AutocallsDialect.wholeListing(shape, raw(leads))));
        }

        @Override
        Map<String, JsonValue> additionalProperties(Lead lead) {
            return ((AutocallsLead) lead).additionalProperties();
        }

        @Override
        String flagName() {
            return "next_page_url";
        }

        @Override
        String pageCountName() {
            return "last_page";
        }

        @Override
        String totalName() {
            return "total";
        }

        @Override
        boolean flagWinsOverPageCount() {
            return false; // next_page_url is read only when there is no last_page
        }

        @Override
        List<VendorEnum> enums() {
            return List.of(new VendorEnum("AutocallsLeadStatus", List.of(AutocallsLeadStatus.values()),
                    AutocallsLeadStatus.UNKNOWN, member -> ((AutocallsLeadStatus) member).value(),
                    AutocallsLeadStatus::fromValue,
                    List.of(new Send("AutocallsLeadQuery.status", "status",
                            member -> AutocallsLeadQuery.builder().status((AutocallsLeadStatus) member).build()))));
        }
    }

    /** Nexus ERP: {@code pagination.hasNextPage} and {@code pagination.totalPages}; no unpaginated shape. */
    static final class OrgLeads extends DialectFixture {

        @Override
        String name() {
            return "orgleads";
        }

        @Override
        String basePath() {
            return "/";
        }

        @Override
        ClientBuilder<OrgLeadsClient> builder() {
            return OrgLeadsClient.builder();
        }

        @Override
        String requiredFieldsButId() {
            return "\"name\": \"Acme Co - Jane Doe\", \"phones\": [\"+14155550101\"], \"emails\": [\"jane@acme.com\"],"
                    + " \"primaryPhone\": \"+14155550101\", \"primaryEmail\": \"jane@acme.com\","
                    + " \"contactId\": \"65f0a000a000a000a000a002\", \"status\": \"QUALIFIED\","
                    + " \"createdAt\": \"2026-04-21T09:00:00.000Z\", \"updatedAt\": \"2026-04-28T16:14:00.000Z\"";
        }

        @Override
        String idMember(String id) {
            return "\"id\": " + quoted(id);
        }

        @Override
        String page(List<String> leads, Signals signals) {
            ObjectNode page = OrgLeadsDialect.page(raw(leads), 1, 50, leads.size());
            return saying(page, (ObjectNode) page.get("pagination"), "page", signals.answeredPage(),
                    "total", signals.total(), "totalPages", signals.pageCount(),
                    "hasNextPage", signals.more() == null ? null : signals.more().toString());
        }

        @Override
        String withoutPagination(List<String> leads) {
            return write(OrgLeadsDialect.page(raw(leads), 1, 50, leads.size()).retain("data"));
        }

        @Override
        VendorError failure(String message, String code, String requestId) {
            // Nexus ERP sends no machine-readable code: the code is not in its body, and reads as absent
            return new VendorError("{\"success\": false, \"error\": " + quoted(message) + "}", requestId, Optional.empty());
        }

        @Override
        List<WholeListingShape> wholeListingShapes() {
            return List.of();
        }

        @Override
        Map<String, JsonValue> additionalProperties(Lead lead) {
            return ((OrgLead) lead).additionalProperties();
        }

        @Override
        String flagName() {
            return "hasNextPage";
        }

        @Override
        String pageCountName() {
            return "totalPages";
        }

        @Override
        String totalName() {
            return "total";
        }

        @Override
        boolean flagWinsOverPageCount() {
            return true;
        }

        @Override
        List<VendorEnum> enums() {
            return List.of(new VendorEnum("OrgLeadStatus", List.of(OrgLeadStatus.values()), OrgLeadStatus.UNKNOWN,
                    member -> ((OrgLeadStatus) member).value(), OrgLeadStatus::fromValue,
                    List.of(new Send("OrgLeadQuery.status", "status",
                            member -> OrgLeadQuery.builder().status((OrgLeadStatus) member).build()))));
        }
    }

    /** Octanist: {@code meta.pagination.hasMore} and {@code meta.pagination.totalPages}; the legacy bare array. */
    static final class Tracking extends DialectFixture {

        @Override
        String name() {
            return "tracking";
        }

        @Override
        String basePath() {
            return "/api";
        }

        @Override
        ClientBuilder<TrackingClient> builder() {
            return TrackingClient.builder();
        }

        @Override
        String requiredFieldsButId() {
            return "\"name\": \"Jane Doe\", \"email\": \"jane@example.com\", \"status\": \"open\", \"source\": \"inbound\","
                    + " \"createdAt\": \"2026-03-01T09:30:00.000Z\"";
        }

        @Override
        String idMember(String id) {
            return "\"id\": " + quoted(id);
        }

        private static final Instant SERVER_TIME = Instant.parse("2026-03-10T12:00:00Z");

        @Override
        String page(List<String> leads, Signals signals) {
            ObjectNode page = TrackingDialect.page(raw(leads), Optional.of(TrackingDialect.pagination(50, 1, leads.size())),
                    "req_page", SERVER_TIME);
            return saying(page, (ObjectNode) page.get("meta").get("pagination"), "page", signals.answeredPage(),
                    "totalPages", signals.pageCount(), "total", signals.total(),
                    "hasMore", signals.more() == null ? null : signals.more().toString());
        }

        @Override
        String withoutPagination(List<String> leads) {
            return write(TrackingDialect.page(raw(leads), Optional.empty(), "req_page", SERVER_TIME));
        }

        @Override
        VendorError failure(String message, String code, String requestId) {
            // Octanist sends its request id in the body, in meta
            return new VendorError(write(TrackingDialect.errorBody(code, message, requestId, SERVER_TIME)), null,
                    Optional.of(code));
        }

        @Override
        List<WholeListingShape> wholeListingShapes() {
            return List.of(new WholeListingShape("the legacy bare array", DialectFixture::array));
        }

        @Override
        Map<String, JsonValue> additionalProperties(Lead lead) {
            return ((TrackingLead) lead).additionalProperties();
        }

        @Override
        String flagName() {
            return "hasMore";
        }

        @Override
        String pageCountName() {
            return "totalPages";
        }

        @Override
        String totalName() {
            return "total";
        }

        @Override
        boolean flagWinsOverPageCount() {
            return true;
        }

        @Override
        List<VendorEnum> enums() {
            return List.of(
                    new VendorEnum("TrackingLeadStatus", List.of(TrackingLeadStatus.values()), TrackingLeadStatus.UNKNOWN,
                            member -> ((TrackingLeadStatus) member).value(), TrackingLeadStatus::fromValue,
                            List.of(new Send("TrackingLeadQuery.status", "status",
                                            member -> TrackingLeadQuery.builder().status((TrackingLeadStatus) member).build()),
                                    new Send("TrackingFilter.status, beside a documented status", "status",
                                            member -> TrackingFilter.status(member == TrackingLeadStatus.WON
                                                    ? TrackingLeadStatus.LOST : TrackingLeadStatus.WON, (TrackingLeadStatus) member)))),
                    new VendorEnum("TrackingLeadSource", List.of(TrackingLeadSource.values()), TrackingLeadSource.UNKNOWN,
                            member -> ((TrackingLeadSource) member).value(), TrackingLeadSource::fromValue,
                            List.of(new Send("TrackingLeadQuery.source", "source",
                                            member -> TrackingLeadQuery.builder().source((TrackingLeadSource) member).build()),
                                    new Send("TrackingFilter.source", "source",
                                            member -> TrackingFilter.source((TrackingLeadSource) member)))));
        }
    }

    // ---- the server

    /**
     * A mockwebserver3 on loopback (TCP_NODELAY) that answers each page number with its scripted reply and logs
     * the page numbers asked for, in order. A page nobody scripted is a 404: a listing that asks for a page it
     * should not have fails.
     */
    static final class Listing implements AutoCloseable {

        private final MockWebServer server = new MockWebServer();
        private final Map<Integer, MockResponse> pages = new ConcurrentHashMap<>();
        private final List<Integer> requested = new CopyOnWriteArrayList<>();
        private volatile MockResponse everyPage;
        private volatile IntFunction<String> generated;

        Listing() {
            server.setServerSocketFactory(NoDelaySockets.serverSocketFactory());
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    int page = Integer.parseInt(request.getUrl().queryParameter("page"));
                    requested.add(page);
                    MockResponse reply = pages.getOrDefault(page, everyPage);
                    if (reply == null && generated != null) {
                        reply = json(200, generated.apply(page)).build();
                    }
                    return reply != null ? reply : json(404, "{\"message\": \"no page " + page + " in this test\"}").build();
                }
            });
            try {
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static MockResponse.Builder json(int status, String body) {
            return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body);
        }

        /** Page {@code number} answers {@code body} with a 200. */
        Listing page(int number, String body) {
            return reply(number, json(200, body).build());
        }

        Listing reply(int number, MockResponse reply) {
            pages.put(number, reply);
            return this;
        }

        /** Every page nobody scripted answers {@code body} with a 200. */
        Listing everyPage(String body) {
            everyPage = json(200, body).build();
            return this;
        }

        Listing everyPage(MockResponse reply) {
            everyPage = reply;
            return this;
        }

        /** Every page nobody scripted answers what {@code body} writes for its number, with a 200. */
        Listing generated(IntFunction<String> body) {
            generated = body;
            return this;
        }

        /** The page numbers asked for, in order. */
        List<Integer> requestedPages() {
            return List.copyOf(requested);
        }

        String url(String path) {
            return server.url(path).toString();
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
