package dev.leadkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leadkit.core.internal.FailedPages;
import dev.leadkit.core.internal.dialect.TestVendor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exception leadkit throws, written with {@link ObjectOutputStream} and read back, keeps what a caller
 * reads from it: its type, message, status code, error code, vendor message, request id, field errors, body,
 * retry-after, excerpt, its cause's message, and the page whose fetch failed. The page is set the way a caller
 * meets it: by a real listing, over mockwebserver3, that fails on page 3.
 */
class ExceptionSerializationTest {

    private static final ApiError FULL = ApiError.builder()
            .statusCode(422)
            .request("GET /api/leads")
            .message("The given data was invalid: «per_page»")
            .code("VALIDATION_FAILED")
            .requestId("req_8f14e45f")
            .putFieldErrors("per_page", List.of("must be between 1 and 100", "must be an integer"))
            .putFieldErrors("status", List.of("is not one of the documented values"))
            .body("{\"message\":\"The given data was invalid: «per_page»\",\"errors\":{\"per_page\":[\"...\"]}}")
            .build();

    static Stream<Arguments> apiExceptions() {
        return Stream.of(
                kind("ApiException", 409, ApiException::new),
                kind("BadRequestException", 422, BadRequestException::new),
                kind("AuthenticationException", 401, AuthenticationException::new),
                kind("PermissionDeniedException", 403, PermissionDeniedException::new),
                kind("NotFoundException", 404, NotFoundException::new),
                kind("RateLimitException", 429, error -> new RateLimitException(error, Duration.ofSeconds(30))),
                kind("ServerException", 503, ServerException::new));
    }

    private static Arguments kind(String name, int status, Function<ApiError, ApiException> make) {
        return Arguments.of(Named.of(name, make.apply(ApiError.builder().from(FULL).statusCode(status).build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiExceptions")
    void anApiExceptionKeepsItsTypeAndEveryPartOfItsError(ApiException original) {
        ApiException copy = roundTrip(original);

        assertThat(copy).isExactlyInstanceOf(original.getClass()).hasMessage(original.getMessage());
        assertThat(copy.statusCode()).isEqualTo(original.statusCode());
        assertThat(copy.errorCode()).hasValue("VALIDATION_FAILED");
        assertThat(copy.vendorMessage()).hasValue("The given data was invalid: «per_page»");
        assertThat(copy.requestId()).hasValue("req_8f14e45f");
        assertThat(copy.fieldErrors()).containsExactly(
                Map.entry("per_page", List.of("must be between 1 and 100", "must be an integer")),
                Map.entry("status", List.of("is not one of the documented values")));
        assertThat(copy.body()).isEqualTo(FULL.body());
        assertThat(copy.error()).isEqualTo(original.error());
        assertThat(copy.page()).isEmpty();
    }

    @Test
    void anApiErrorWithoutItsOptionalPartsIsReadBackWithoutThem() {
        ApiException original = new ServerException(ApiError.builder().statusCode(502).request("GET /api/leads").build());

        ApiException copy = roundTrip(original);

        assertThat(copy.statusCode()).isEqualTo(502);
        assertThat(copy.errorCode()).isEmpty();
        assertThat(copy.vendorMessage()).isEmpty();
        assertThat(copy.requestId()).isEmpty();
        assertThat(copy.fieldErrors()).isEmpty();
        assertThat(copy.body()).isEmpty();
        assertThat(copy.error()).isEqualTo(original.error());
    }

    @Test
    void aRateLimitExceptionKeepsItsRetryAfter() {
        RateLimitException original = new RateLimitException(ApiError.builder().from(FULL).statusCode(429).build(),
                Duration.ofSeconds(7).plusMillis(250));

        RateLimitException copy = roundTrip(original);

        assertThat(copy.retryAfter()).hasValue(Duration.ofMillis(7_250));
    }

    @Test
    void aRateLimitExceptionWithoutRetryAfterIsReadBackWithout() {
        RateLimitException original = new RateLimitException(ApiError.builder().from(FULL).statusCode(429).build(), null);

        assertThat(roundTrip(original).retryAfter()).isEmpty();
    }

    @Test
    void aConnectionExceptionKeepsItsMessageAndItsCause() {
        ConnectionException original = new ConnectionException("GET /api/leads failed after 4 attempts: timed out",
                new SocketTimeoutException("Read timed out"));

        ConnectionException copy = roundTrip(original);

        assertThat(copy).hasMessage("GET /api/leads failed after 4 attempts: timed out");
        assertThat(copy.getCause()).isInstanceOf(SocketTimeoutException.class).hasMessage("Read timed out");
        assertThat(copy.page()).isEmpty();
    }

    @Test
    void aDecodingExceptionKeepsItsMessageItsExcerptAndItsCause() {
        DecodingException original = new DecodingException("GET /api/leads answered with a body leadkit could not read",
                "{\"data\": [{\"id\": 1}, {\"id\"", new IllegalStateException("field 'id' is missing"));

        DecodingException copy = roundTrip(original);

        assertThat(copy).hasMessage(original.getMessage());
        assertThat(copy.excerpt()).isEqualTo("{\"data\": [{\"id\": 1}, {\"id\"");
        assertThat(copy.getCause()).hasMessage("field 'id' is missing");
    }

    @Test
    void aRunawayListingExceptionKeepsItsTypeItsMessageAndItsPage() {
        RunawayListingException original = FailedPages.mark(new RunawayListingException("pages 2 to 4 each held exactly"
                + " the leads of an earlier page"), 5);

        RunawayListingException copy = roundTrip(original);

        assertThat(copy).isExactlyInstanceOf(RunawayListingException.class).hasMessage(original.getMessage());
        assertThat(copy.page()).hasValue(5);
    }

    @Test
    void aLeadkitExceptionKeepsItsMessageAndItsCause() {
        LeadkitException original = new LeadkitException("page 3 could not be fetched", new IOException("stream reset"));

        LeadkitException copy = roundTrip(original);

        assertThat(copy).isExactlyInstanceOf(LeadkitException.class).hasMessage("page 3 could not be fetched");
        assertThat(copy.getCause()).isInstanceOf(IOException.class).hasMessage("stream reset");
        assertThat(copy.page()).isEmpty();
    }

    // ---- page(): a real listing that fails on page 3

    static Stream<Arguments> failuresOnPage3() {
        return Stream.of(
                failure("a 500", ServerException.class, json(500, "{\"message\": \"Server Error\"}")),
                failure("a 429 with Retry-After", RateLimitException.class,
                        json(429, "{\"message\": \"Too Many Attempts.\"}").addHeader("Retry-After", "7")),
                failure("a 404", NotFoundException.class, json(404, "{\"message\": \"Not Found\"}")),
                failure("a 401", AuthenticationException.class, json(401, "{\"message\": \"Unauthenticated.\"}")),
                failure("a 403", PermissionDeniedException.class, json(403, "{\"message\": \"Forbidden\"}")),
                failure("a 422 with field errors", BadRequestException.class, json(422, "{\"message\": \"Invalid.\","
                        + " \"code\": \"VALIDATION_FAILED\", \"errors\": {\"page\": [\"must be 2 or less\"]}}")
                        .addHeader("X-Request-Id", "req_page3")),
                failure("a 409", ApiException.class, json(409, "{\"message\": \"Conflict\", \"code\": \"LOCKED\"}")),
                failure("a 200 saying success=false", ApiException.class,
                        json(200, "{\"success\": false, \"message\": \"Suspended\", \"code\": \"SUSPENDED\"}")),
                failure("a 200 whose page count is not a number", DecodingException.class,
                        json(200, "{\"data\": [{\"id\": \"301\"}], \"page\": 3, \"pages\": \"many\"}")),
                failure("a 200 whose JSON is cut short", DecodingException.class, json(200, "{\"data\": [{\"id\": \"301\"},")),
                failure("a dropped connection", ConnectionException.class,
                        new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)));
    }

    private static Arguments failure(String name, Class<? extends LeadkitException> type, MockResponse.Builder reply) {
        return Arguments.of(Named.of(name, reply.build()), type);
    }

    private static MockResponse.Builder json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failuresOnPage3")
    void aFailedPageOfAListingKeepsItsPageAndEverythingElse(MockResponse page3, Class<? extends LeadkitException> type)
            throws IOException {
        LeadkitException original;
        try (MockWebServer server = listingFailingOnPage3(page3);
             TestVendor.Client client = client(server)) {
            original = failureOf(() -> client.leads().list().stream().toList());
        }
        assertThat(original).isExactlyInstanceOf(type);
        assertThat(original.page()).hasValue(3);

        LeadkitException copy = roundTrip(original);

        assertThat(copy).isExactlyInstanceOf(type).hasMessage(original.getMessage());
        assertThat(copy.page()).hasValue(3);
        assertThat(readable(copy)).isEqualTo(readable(original));
    }

    /** Everything a caller reads from a leadkit exception, by name. */
    private static Map<String, Object> readable(LeadkitException e) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("type", e.getClass());
        parts.put("message", e.getMessage());
        parts.put("page", e.page());
        // a cause's first line: Jackson's parse exceptions add a second line naming their source, which they do
        // not serialize by design ("REDACTED" becomes "UNKNOWN"); their own message is the first line
        parts.put("cause", e.getCause() == null ? null
                : e.getCause().getClass() + ": " + e.getCause().getMessage().lines().findFirst().orElse(""));
        if (e instanceof ApiException) {
            ApiException api = (ApiException) e;
            parts.put("statusCode", api.statusCode());
            parts.put("errorCode", api.errorCode());
            parts.put("vendorMessage", api.vendorMessage());
            parts.put("requestId", api.requestId());
            parts.put("fieldErrors", api.fieldErrors());
            parts.put("body", api.body());
            parts.put("error", api.error());
        }
        if (e instanceof RateLimitException) {
            parts.put("retryAfter", ((RateLimitException) e).retryAfter());
        }
        if (e instanceof DecodingException) {
            parts.put("excerpt", ((DecodingException) e).excerpt());
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T roundTrip(T original) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(original);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static LeadkitException failureOf(Runnable listing) {
        Throwable thrown = catchThrowable(listing::run);
        assertThat(thrown).isInstanceOf(LeadkitException.class);
        return (LeadkitException) thrown;
    }

    private static TestVendor.Client client(MockWebServer server) {
        return TestVendor.Client.builder()
                .apiKey("sk_serialization_test_0123456789")
                .baseUrl(server.url("/api").toString())
                .maxRetries(0)
                .sleeper(wait -> { })
                .build();
    }

    /** Pages 1 and 2 of 5 read; page 3 answers {@code page3}. */
    private static MockWebServer listingFailingOnPage3(MockResponse page3) throws IOException {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int page = Integer.parseInt(request.getUrl().queryParameter("page"));
                return page == 3 ? page3 : json(200, "{\"data\": [{\"id\": \"" + page + "01\"}],"
                        + " \"page\": " + page + ", \"total\": 5, \"pages\": 5}").build();
            }
        });
        server.start();
        return server;
    }

    /**
     * Accepted sockets with {@code TCP_NODELAY}, as testkit's {@code NoDelaySockets} makes them (core's tests cannot
     * depend on testkit): without it each response waits ~40 ms for a delayed ACK.
     */
    private static final class NoDelayServerSockets extends ServerSocketFactory {

        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(port));
            return socket;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(port), backlog);
            return socket;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(address, port), backlog);
            return socket;
        }
    }
}
