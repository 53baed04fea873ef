package dev.leadkit.core.internal.dialect;

import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.ForwardingLeadClient;
import dev.leadkit.core.Lead;
import dev.leadkit.core.Platform;
import dev.leadkit.core.internal.http.AuthScheme;
import dev.leadkit.core.internal.http.QueryParams;
import dev.leadkit.core.internal.json.EnvelopeFields;
import dev.leadkit.core.internal.json.JsonFields;
import dev.leadkit.core.internal.json.JsonValues;
import dev.leadkit.core.json.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * core's own dialect, for core's tests: a vendor as small as a dialect can be, with a wire format of its own.
 * Its list body is {@code {"data": [{"id": 1, "name": "Ann", "created": "2025-06-30 11:18:04", "updated": "..."}],
 * "has_more": true,
 * "total": 3, "pages": 2, "page": 1}}; {@code "all": [...]} instead of {@code "data"} is the whole listing at once,
 * and so is a bare array. Its error body is {@code {"message": "...", "code": "..."}}. Its query is a status.
 */
public final class TestVendor {

    /** The platform of {@link #DIALECT}'s leads. */
    public static final Platform PLATFORM = new Platform("test-vendor", "Test Vendor");

    private TestVendor() {
    }

    /** The query: one filter, or none. */
    public record Query(Optional<String> status) {

        /** Every lead. */
        public static Query all() {
            return new Query(Optional.empty());
        }

        /** The leads with {@code status}. */
        public static Query status(String status) {
            return new Query(Optional.of(status));
        }
    }

    /** A lead: an id, a name, when it was created and last updated, read in the client's server zone. */
    public record TestLead(String id, Optional<String> name, Optional<Instant> createdAt, Optional<Instant> updatedAt)
            implements Lead {

        /** A lead that was never updated. */
        public TestLead(String id, Optional<String> name, Optional<Instant> createdAt) {
            this(id, name, createdAt, Optional.empty());
        }

        @Override
        public Platform platform() {
            return PLATFORM;
        }

        @Override
        public List<String> phones() {
            return List.of();
        }

        @Override
        public List<String> emails() {
            return List.of();
        }

        @Override
        public String statusValue() {
            return "";
        }
    }

    /** The query mapping: the status filter if any, then the page. */
    public static QueryParams parameters(Query query, int page) {
        QueryParams params = new QueryParams();
        query.status().ifPresent(status -> params.add("filter[status]", status));
        return params.add("page", Integer.toString(page));
    }

    /** The list body's format. */
    public static class Format implements PageFormat<TestLead> {
        private final ZoneId zone;
        private final boolean bareArrayIsWholeListing;

        public Format(ZoneId zone, boolean bareArrayIsWholeListing) {
            this.zone = zone;
            this.bareArrayIsWholeListing = bareArrayIsWholeListing;
        }

        @Override
        public Map<String, Items> itemArrays() {
            return Map.of("data", Items.PAGE, "all", Items.WHOLE_LISTING);
        }

        @Override
        public boolean bareArrayIsWholeListing() {
            return bareArrayIsWholeListing;
        }

        @Override
        public TestLead item(JsonParser parser) throws IOException {
            String id = null;
            Optional<String> name = Optional.empty();
            Optional<Instant> created = Optional.empty();
            Optional<Instant> updated = Optional.empty();
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                parser.nextToken();
                switch (field) {
                    case "id" -> id = JsonValues.id(parser, field);
                    case "name" -> name = JsonValues.text(parser, field);
                    case "created" -> created = JsonValues.instant(parser, field, zone);
                    case "updated" -> updated = JsonValues.instant(parser, field, zone);
                    default -> parser.skipChildren();
                }
            }
            return new TestLead(JsonValues.required(id, "id"), name, created, updated);
        }

        @Override
        public PageSignals signals(JsonObject envelope) {
            return new PageSignals(EnvelopeFields.flag(envelope, "has_more"), EnvelopeFields.count(envelope, "total"),
                    EnvelopeFields.count(envelope, "pages"), EnvelopeFields.count(envelope, "page"));
        }
    }

    /** The dialect: a default base URL, Bearer auth, {@code GET leads}. */
    public static final Dialect<Query, TestLead> DIALECT = Dialect.<Query, TestLead>builder()
            .platform(PLATFORM)
            .envPrefix("TESTVENDOR")
            .defaultBaseUrl("https://api.test-vendor.example/api")
            .auth(AuthScheme.bearer())
            .path("leads")
            .pageSizeParameter("per_page")
            .everything(Query.all())
            .parameters(TestVendor::parameters)
            .pageFormat(zone -> new Format(zone, false))
            .errorReader((body, error) -> {
                JsonFields.text(body, "message").ifPresent(error::message);
                JsonFields.text(body, "code").ifPresent(error::code);
                JsonFields.object(body, "errors").ifPresent(errors -> errors.members().forEach((field, messages) ->
                        error.putFieldErrors(field, JsonFields.texts(messages))));
            })
            .build();

    /**
     * The same vendor self-hosted: no default base URL (a hint says where to find it), the key in {@code X-API-KEY},
     * a bare array as the whole listing, and a base URL that must end in {@code /api}.
     */
    public static final Dialect<Query, TestLead> SELF_HOSTED = Dialect.<Query, TestLead>builder()
            .from(DIALECT)
            .defaultBaseUrl(Optional.empty())
            .missingBaseUrlHint("call baseUrl(\"https://<your host>/api\")")
            .baseUrlCheck(url -> {
                if (!url.encodedPath().endsWith("/api")) {
                    throw new IllegalStateException("baseUrl must end in /api, got " + url);
                }
            })
            .auth(AuthScheme.header("X-API-KEY"))
            .pageFormat(zone -> new Format(zone, true))
            .build();

    /** The dialect's public client, as every dialect's is: a {@link ForwardingLeadClient} over the built client. */
    public static final class Client extends ForwardingLeadClient<Query, TestLead> {

        private Client(DialectClient<Query, TestLead> client) {
            super(client);
        }

        /** {@return a builder of clients of the {@link #DIALECT}} */
        public static ClientBuilder<Client> builder() {
            return new DefaultClientBuilder<>(DIALECT, Client::new);
        }

        /** {@return a builder of clients of the {@link #SELF_HOSTED} dialect} */
        public static ClientBuilder<Client> selfHosted() {
            return new DefaultClientBuilder<>(SELF_HOSTED, Client::new);
        }
    }
}
