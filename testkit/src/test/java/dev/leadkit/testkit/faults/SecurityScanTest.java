package dev.leadkit.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.ApiException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.Lead;
import dev.leadkit.orgleads.OrgLeadQuery;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.Fault;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLeadQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A recognisable key, and every text leadkit produces while listing through faults and failures: the key
 * is in none of them. And the key goes only to the base URL's host.
 */
@ResourceLock("java.util.logging:dev.leadkit")
class SecurityScanTest {

    private static final String CANARY = "LEAKCANARY7f3a9c";
    private static final String KEY = "12|" + CANARY + "Zq81";

    private final List<String> texts = new ArrayList<>();
    /** Thread-safe: tests of other classes running alongside log through the same loggers meanwhile. */
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(record.getLoggerName() + " " + new SimpleFormatter().formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Held strongly: JUL keeps loggers weakly, and a collected one would lose the handler and level. */
    private final List<Logger> loggers = List.of(Logger.getLogger("dev.leadkit.http"), Logger.getLogger("dev.leadkit.paging"));

    @BeforeEach
    void captureLogs() {
        for (Logger logger : loggers) {
            logger.addHandler(capture);
            logger.setLevel(Level.ALL);
        }
    }

    @AfterEach
    void releaseLogs() {
        for (Logger logger : loggers) {
            logger.removeHandler(capture);
            logger.setLevel(null);
        }
    }

    private void keep(LeadkitException e) {
        texts.add(e.getMessage());
        texts.add(e.toString());
        if (e.getCause() != null) {
            texts.add(e.getCause().toString());
        }
        texts.add(stackTrace(e));
        if (e instanceof ApiException) {
            texts.add(((ApiException) e).body());
            texts.add(((ApiException) e).error().toString());
        }
    }

    /** What a user's {@code log.warn("sync failed", e)} prints: message, causes and suppressed, all of them. */
    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private void listCatching(Runnable listing) {
        try {
            listing.run();
        } catch (LeadkitException e) {
            keep(e);
        }
    }

    @Test
    void keyAppearsInNoToStringMessageBodyOrLogLineOfAnyDialect() {
        try (AutocallsSandbox autocalls = AutocallsSandbox.builder().leads(300).apiKey(KEY).start();
                OrgLeadsSandbox orgleads = OrgLeadsSandbox.builder().leads(300).apiKey(KEY).start();
                TrackingSandbox tracking = TrackingSandbox.builder().leads(300).apiKey(KEY).start();
                AutocallsClient autocallsClient = AutocallsClient.builder().apiKey(KEY).baseUrl(autocalls.baseUrl())
                        .sleeper(d -> { }).build();
                OrgLeadsClient orgleadsClient = OrgLeadsClient.builder().sleeper(d -> { })
                        .fromEnvironment(Map.of("ORGLEADS_API_KEY", KEY, "ORGLEADS_BASE_URL", orgleads.baseUrl())).build();
                TrackingClient trackingClient = TrackingClient.builder().apiKey(KEY).baseUrl(tracking.baseUrl())
                        .sleeper(d -> { }).build()) {

            // faults that are retried, then ones that are not, and a vendor echoing the key in its error body
            for (var sandbox : List.of(autocalls, orgleads, tracking)) {
                sandbox.faults().next(Fault.rateLimited(Duration.ofSeconds(1)), Fault.status(503), Fault.cutMidBody())
                        .onRequest(6, Fault.status(403).withBody("application/json",
                                "{\"message\":\"token " + KEY + " may not\",\"error\":\"token " + KEY + " may not\"}"))
                        .onRequest(8, Fault.truncatedBody())
                        .onRequest(10, Fault.rateLimited(Duration.ofHours(2)));
            }
            for (int round = 0; round < 4; round++) {
                listCatching(() -> autocallsClient.leads().list(AutocallsLeadQuery.builder().perPage(100).build()).stream().count());
                listCatching(() -> orgleadsClient.leads().list(OrgLeadQuery.builder().pageSize(100).build()).stream().count());
                listCatching(() -> trackingClient.leads().list(TrackingLeadQuery.builder().limit(100).build()).stream().count());
            }
            try (AutocallsClient wrongHost = AutocallsClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:1/api")
                    .maxRetries(1).sleeper(d -> { }).build()) {
                listCatching(() -> wrongHost.leads().list().stream().count());
                texts.add(wrongHost.toString());
            }

            texts.add(autocallsClient.toString());
            texts.add(orgleadsClient.toString());
            texts.add(trackingClient.toString());
            texts.add(AutocallsLeadQuery.builder().perPage(5).build().toString());
            texts.add(OrgLeadQuery.builder().search("x").build().toString());
            texts.add(TrackingLeadQuery.builder().search("x").build().toString());
            texts.add(autocallsClient.leads().list().toString());
        }

        assertThat(texts).hasSizeGreaterThan(20);
        assertThat(logLines).hasSizeGreaterThan(30);
        assertThat(texts).noneMatch(text -> text != null && text.contains(CANARY));
        assertThat(logLines).noneMatch(line -> line.contains(CANARY));
    }

    @Test
    void keyIsNeverSentToTheHostARedirectNamesEvenWithARedirectFollowingOkHttpClient() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer();
                MockWebServer vendor = new MockWebServer()) {
            elsewhere.start();
            vendor.start();
            vendor.enqueue(new MockResponse.Builder().code(302)
                    .addHeader("Location", elsewhere.url("/api/user/leads?page=1").toString()).build());
            OkHttpClient followsEverything = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();

            try (AutocallsClient client = AutocallsClient.builder().apiKey(KEY).baseUrl(vendor.url("/api").toString())
                    .httpClient(followsEverything).build()) {
                assertThatThrownBy(() -> client.leads().list().stream().count())
                        .isInstanceOf(ApiException.class)
                        .hasMessageContaining("never follows redirects");
            }

            assertThat(vendor.getRequestCount()).isEqualTo(1);
            assertThat(elsewhere.getRequestCount()).isZero();
        }
    }

    @Test
    void plainHttpToARemoteHostIsRefusedForEveryDialectUnlessAllowed() {
        assertThatThrownBy(() -> OrgLeadsClient.builder().apiKey(KEY).baseUrl("http://crm.example.com").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("allowInsecureHttp()")
                .hasMessageNotContaining(CANARY);
        assertThatThrownBy(() -> TrackingClient.builder().apiKey(KEY).baseUrl("http://octanist.example/api").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plain http");
        TrackingClient.builder().apiKey(KEY).baseUrl("http://octanist.example/api").allowInsecureHttp().build().close();
    }

    /** The secret of a Sanctum-style {@code id|secret} token: what a vendor that echoes "the token" may print. */
    private static final String SECRET = KEY.substring(KEY.indexOf('|') + 1);

    /** Lists every lead of one dialect's server at {@code origin} with {@code key}, keeping any failure's texts. */
    private void listAll(String dialect, String origin, String key, OkHttpClient http) {
        String root = origin.replaceAll("/$", "");
        switch (dialect) {
            case "autocalls" -> {
                ClientBuilder<AutocallsClient> builder = AutocallsClient.builder().apiKey(key).baseUrl(root + "/api").maxRetries(0);
                if (http != null) {
                    builder.httpClient(http);
                }
                try (AutocallsClient client = builder.build()) {
                    listCatching(() -> client.leads().list(AutocallsLeadQuery.builder().perPage(100).build()).stream().count());
                }
            }
            case "tracking" -> {
                ClientBuilder<TrackingClient> builder = TrackingClient.builder().apiKey(key).baseUrl(root + "/api").maxRetries(0);
                if (http != null) {
                    builder.httpClient(http);
                }
                try (TrackingClient client = builder.build()) {
                    listCatching(() -> client.leads().list(TrackingLeadQuery.builder().limit(100).build()).stream().count());
                }
            }
            case "orgleads" -> {
                ClientBuilder<OrgLeadsClient> builder = OrgLeadsClient.builder().apiKey(key).baseUrl(root).maxRetries(0);
                if (http != null) {
                    builder.httpClient(http);
                }
                try (OrgLeadsClient client = builder.build()) {
                    listCatching(() -> client.leads().list(OrgLeadQuery.builder().pageSize(100).build()).stream().count());
                }
            }
            default -> throw new IllegalArgumentException(dialect);
        }
    }

    private void assertNoTextShowsTheKey() {
        assertThat(texts).isNotEmpty();
        assertThat(texts).noneMatch(text -> text != null && (text.contains(CANARY) || text.contains(SECRET)));
        assertThat(logLines).noneMatch(line -> line.contains(CANARY) || line.contains(SECRET));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"autocalls", "tracking", "orgleads"})
    void keyEchoedInASuccessfulButUnreadableBodyAppearsInNoExceptionOrItsCauses(String dialect) throws Exception {
        List<String> bodies = List.of(
                KEY,
                "Invalid token " + KEY,
                "{\"success\":false,\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"API key " + KEY
                        + " was revoked\"},\"meta\":{\"requestId\":\"req_1\",\"timestamp\":\"2026-11-22T10:00:00.000Z\"}}",
                "{\"success\":true,\"data\":[{\"id\":\"lead_1\",\"value\":\"" + KEY + "\"}],\"meta\":{\"pagination\":"
                        + "{\"limit\":100,\"page\":1,\"totalPages\":1,\"total\":1,\"hasMore\":false}}}",
                "{\"current_page\":1,\"data\":[{\"id\":1,\"secondary_contacts\":\"" + KEY + "\"}],\"last_page\":1,\"total\":1}",
                "{\"data\":[{\"id\":\"" + KEY + "\",\"createdAt\":\"" + KEY + "\"}],\"page\":1,\"pageSize\":100,\"total\":1}");
        try (MockWebServer vendor = new MockWebServer()) {
            vendor.start();
            for (String body : bodies) {
                vendor.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build());
                listAll(dialect, vendor.url("/").toString(), KEY, null);
            }
        }

        assertThat(texts).hasSizeGreaterThanOrEqualTo(bodies.size());
        assertNoTextShowsTheKey();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"autocalls", "tracking", "orgleads"})
    void vendorEchoingOnlyTheSecretPartOfTheKeyLeaksNothing(String dialect) throws Exception {
        try (MockWebServer vendor = new MockWebServer()) {
            vendor.start();
            for (int status : new int[] {401, 403, 422, 429, 500}) {
                vendor.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                        .body("{\"message\":\"token " + SECRET + " refused\",\"error\":\"token " + SECRET + " refused\"}").build());
                listAll(dialect, vendor.url("/").toString(), KEY, null);
            }
        }

        assertThat(texts).hasSizeGreaterThan(5);
        assertNoTextShowsTheKey();
    }

    @Test
    void clientsListingsAndQueriesBuiltFromTheEnvironmentShowNoKey() {
        Map<String, String> environment = Map.of("AUTOCALLS_API_KEY", KEY, "TRACKING_API_KEY", KEY,
                "ORGLEADS_API_KEY", KEY, "ORGLEADS_BASE_URL", "https://crm.example.com");
        try (AutocallsClient autocalls = AutocallsClient.builder().fromEnvironment(environment).build();
                TrackingClient tracking = TrackingClient.builder().fromEnvironment(environment).build();
                OrgLeadsClient orgleads = OrgLeadsClient.builder().fromEnvironment(environment).build()) {
            List<PagedIterable<? extends Lead>> listings = List.of(autocalls.leads().list(), tracking.leads().list(),
                    orgleads.leads().list(), autocalls.leads().list().distinctById().prefetch(3).startingAt(2));
            texts.addAll(List.of(autocalls.toString(), tracking.toString(), orgleads.toString(),
                    autocalls.leads().toString(), tracking.leads().toString(), orgleads.leads().toString()));
            listings.forEach(listing -> texts.add(listing.toString()));
        }

        assertThat(texts).hasSize(10);
        assertNoTextShowsTheKey();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"autocalls", "tracking", "orgleads"})
    void everyRedirectIsRefusedAndTheOtherHostGetsNoRequestEvenThroughARedirectFollowingOkHttpClient(String dialect)
            throws Exception {
        OkHttpClient followsEverything = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
        try (MockWebServer elsewhere = new MockWebServer();
                MockWebServer vendor = new MockWebServer()) {
            elsewhere.start();
            vendor.start();
            int[] statuses = {301, 302, 303, 307, 308};
            for (int status : statuses) {
                vendor.enqueue(new MockResponse.Builder().code(status)
                        .addHeader("Location", elsewhere.url("/api/leads?page=1").toString()).build());
                listAll(dialect, vendor.url("/").toString(), KEY, followsEverything);
            }

            assertThat(vendor.getRequestCount()).isEqualTo(statuses.length);
            assertThat(elsewhere.getRequestCount()).isZero();
        } finally {
            followsEverything.dispatcher().executorService().shutdown();
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(5).allMatch(text -> text == null || !text.contains(CANARY));
        assertThat(texts.get(0)).contains("never follows redirects");
    }

    @Test
    void pageUrlsTheServerSendsAreNeverFollowedEvenWhenTheyNameAnotherHost() throws Exception {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(250).apiKey(KEY).start();
                MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            String sandboxOrigin = HttpUrl.get(sandbox.baseUrl()).resolve("/").toString().replaceAll("/$", "");
            String otherOrigin = elsewhere.url("/").toString().replaceAll("/$", "");
            try (ForwardingServer vendor = new ForwardingServer(url -> sandboxOrigin, body -> body.replace(sandboxOrigin, otherOrigin));
                    AutocallsClient client = AutocallsClient.builder().apiKey(KEY).baseUrl(vendor.origin() + "/api").build()) {

                assertThat(client.leads().list(AutocallsLeadQuery.builder().perPage(100).build()).stream()).hasSize(250);
                assertThat(vendor.received()).hasSize(3);
            }
            assertThat(sandbox.requests()).extracting(request -> request.query("page").orElse("1"))
                    .containsExactly("1", "2", "3");
            assertThat(elsewhere.getRequestCount()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://crm.example.com", "http://10.0.0.8:8080", "http://[2001:db8::1]", "http://127.example.com"})
    void plainHttpOffLoopbackIsRefusedForEveryDialectWithAnErrorThatSaysWhyUnlessAllowed(String origin) {
        List<Function<Boolean, AutoCloseable>> builds = List.of(
                allow -> allow ? AutocallsClient.builder().apiKey(KEY).baseUrl(origin + "/api").allowInsecureHttp().build()
                        : AutocallsClient.builder().apiKey(KEY).baseUrl(origin + "/api").build(),
                allow -> allow ? TrackingClient.builder().apiKey(KEY).baseUrl(origin + "/api").allowInsecureHttp().build()
                        : TrackingClient.builder().apiKey(KEY).baseUrl(origin + "/api").build(),
                allow -> allow ? OrgLeadsClient.builder().apiKey(KEY).baseUrl(origin).allowInsecureHttp().build()
                        : OrgLeadsClient.builder().apiKey(KEY).baseUrl(origin).build());
        for (Function<Boolean, AutoCloseable> build : builds) {
            assertThatThrownBy(() -> build.apply(false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("plain http")
                    .hasMessageContaining("unencrypted")
                    .hasMessageContaining("allowInsecureHttp()")
                    .hasMessageNotContaining(CANARY);
            try (AutoCloseable allowed = build.apply(true)) {
                assertThat(allowed.toString()).doesNotContain(CANARY);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
