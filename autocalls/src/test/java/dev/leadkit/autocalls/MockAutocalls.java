package dev.leadkit.autocalls;

import dev.leadkit.core.ClientBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;

/** A mockwebserver3 standing in for an Autocalls host, and a client pointed at it whose retries wait no time. */
final class MockAutocalls implements AutoCloseable {

    static final String API_KEY = "12|sEcReTkEyAbCdEf0123456789";

    final MockWebServer server = new MockWebServer();
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final AutocallsClient client;

    MockAutocalls() throws Exception {
        // an unexpected request (a pager running past the end) gets a 418 at once instead of blocking
        QueueDispatcher dispatcher = new QueueDispatcher();
        dispatcher.setFailFast(new MockResponse.Builder().code(418).body("{\"message\":\"unexpected request\"}").build());
        server.setDispatcher(dispatcher);
        server.start();
        client = builder().build();
    }

    ClientBuilder<AutocallsClient> builder() {
        return AutocallsClient.builder()
                .apiKey(API_KEY)
                .baseUrl(server.url("/api").toString())
                .sleeper(waits::add)
                // a clock that stands still: each wait the client asks for is exactly the vendor's
                .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    }

    void enqueueJson(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build());
    }

    void enqueuePage(int page, int perPage, int total) {
        enqueueJson(200, Fixtures.paginatorPage(page, perPage, total));
    }

    /** Answers every request with the page it asks for, whatever the order requests arrive in. */
    void servePages(int perPage, int total) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int page = Integer.parseInt(request.getUrl().queryParameter("page"));
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(Fixtures.paginatorPage(page, perPage, total)).build();
            }
        });
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
