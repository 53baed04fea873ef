package dev.leadkit.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.ApiException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.orgleads.OrgLeadQuery;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.Fault;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLeadQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A recognisable key, and every text leadkit produces while listing through faults and failures: the key
 * is in none of them. And the key goes only to the base URL's host.
 */
class SecurityScanTest {

    private static final String CANARY = "LEAKCANARY7f3a9c";
    private static final String KEY = "12|" + CANARY + "Zq81";

    private final List<String> texts = new ArrayList<>();
    private final List<String> logLines = new ArrayList<>();
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
        if (e instanceof ApiException) {
            texts.add(((ApiException) e).body());
            texts.add(((ApiException) e).error().toString());
        }
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
}
