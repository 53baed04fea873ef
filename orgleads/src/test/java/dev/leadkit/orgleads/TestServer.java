package dev.leadkit.orgleads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import dev.leadkit.core.ClientBuilder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;

/** A mock Nexus ERP CRM for one test, and the JSON it answers with. */
final class TestServer implements AutoCloseable {

    static final String API_KEY = "sk_a1b2c3d4_0123456789abcdef0123456789abcdef";

    final MockWebServer server = new MockWebServer();

    TestServer() {
        // An unexpected request (a pager that runs past the end) gets a 418 at once instead of blocking
        // until the client times out, so such a regression fails in milliseconds.
        QueueDispatcher dispatcher = new QueueDispatcher();
        dispatcher.setFailFast(new MockResponse.Builder().code(418).body("{\"error\":\"unexpected request\"}").build());
        server.setDispatcher(dispatcher);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of this server with instant retries. */
    OrgLeadsClient client() {
        return builder().build();
    }

    ClientBuilder<OrgLeadsClient> builder() {
        return OrgLeadsClient.builder().baseUrl(server.url("/").toString()).apiKey(API_KEY).sleeper(d -> { })
                .timeout(Duration.ofSeconds(5));
    }

    void enqueue(int code, String json) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(json).build());
    }

    RecordedRequest takeRequest() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("no request arrived");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() {
        server.close();
    }

    /** The vendor's example response, verbatim from its docs. */
    static String vendorExample() {
        try (InputStream in = TestServer.class.getResourceAsStream("list-leads-example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lead with every documented field, named after {@code id}. */
    static String lead(String id) {
        return "{\"id\":\"" + id + "\",\"name\":\"Lead " + id + "\",\"phones\":[\"+14155550101\"],"
                + "\"emails\":[\"" + id + "@example.com\"],\"primaryPhone\":\"+14155550101\","
                + "\"primaryEmail\":\"" + id + "@example.com\",\"contactId\":\"c-" + id + "\",\"company\":null,"
                + "\"source\":null,\"status\":\"NOT_CONTACTED\",\"notes\":null,\"nextCallAt\":null,"
                + "\"createdAt\":\"2026-04-21T09:00:00.000Z\",\"updatedAt\":\"2026-04-28T16:14:00.000Z\","
                + "\"assignedToId\":null,\"clientId\":null}";
    }

    /** A page envelope around {@code leads} (JSON objects). */
    static String page(int page, int pageSize, long total, int totalPages, boolean hasNextPage, String... leads) {
        return "{\"data\":[" + String.join(",", leads) + "],\"pagination\":{\"page\":" + page + ",\"pageSize\":"
                + pageSize + ",\"total\":" + total + ",\"totalPages\":" + totalPages + ",\"hasNextPage\":"
                + hasNextPage + ",\"hasPrevPage\":" + (page > 1) + "}}";
    }

    /** One page holding {@code leads}, the last. */
    static String onlyPage(String... leads) {
        return page(1, 50, leads.length, 1, false, leads);
    }
}
