package dev.leadkit.testkit.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A server on 127.0.0.1 that forwards each request, with its headers, to the sandbox {@code upstream}
 * chooses for it and answers with that sandbox's reply, its body passed through {@code rewrite}. How a
 * test makes a vendor whose listing changes between two pages (page 1 from one sandbox, page 3 from
 * another), or whose page URLs name another host.
 */
final class ForwardingServer implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
    private final List<HttpUrl> received = new CopyOnWriteArrayList<>();

    /**
     * @param upstream the origin ({@code http://127.0.0.1:PORT}) to forward a request to
     * @param rewrite  what to do to the upstream's body
     */
    ForwardingServer(Function<HttpUrl, String> upstream, UnaryOperator<String> rewrite) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request.getUrl());
                return forward(request, upstream, rewrite);
            }
        });
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MockResponse forward(RecordedRequest request, Function<HttpUrl, String> upstream, UnaryOperator<String> rewrite) {
        HttpUrl origin = HttpUrl.get(upstream.apply(request.getUrl()));
        HttpUrl target = request.getUrl().newBuilder().scheme(origin.scheme()).host(origin.host()).port(origin.port()).build();
        Request.Builder forwarded = new Request.Builder().url(target);
        request.getHeaders().forEach(header -> {
            if (!header.getFirst().equalsIgnoreCase("Host")) {
                forwarded.addHeader(header.getFirst(), header.getSecond());
            }
        });
        try (Response response = http.newCall(forwarded.build()).execute()) {
            MockResponse.Builder reply = new MockResponse.Builder().code(response.code())
                    .body(rewrite.apply(response.body().string()));
            String contentType = response.header("Content-Type");
            if (contentType != null) {
                reply.setHeader("Content-Type", contentType);
            }
            return reply.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    String origin() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** The URLs of the requests received, in arrival order. */
    List<HttpUrl> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws IOException {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
