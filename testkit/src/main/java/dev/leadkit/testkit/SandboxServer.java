package dev.leadkit.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The machinery every sandbox shares: a MockWebServer on 127.0.0.1 whose dispatcher numbers each request,
 * takes its scripted fault, asks the dialect for the vendor's answer, applies the fault and records the
 * exchange.
 */
final class SandboxServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.leadkit.testkit");

    private final Dialect dialect;
    private final MockWebServer server = new MockWebServer();
    private final Faults faults = new Faults();
    private final ConcurrentSkipListMap<Integer, SandboxRequest> log = new ConcurrentSkipListMap<>();
    private final Object counterLock = new Object();
    private int counter;
    private String origin;

    SandboxServer(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Starts listening on a free port of 127.0.0.1. */
    SandboxServer start() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return SandboxServer.this.dispatch(request);
            }
        });
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the sandbox server on 127.0.0.1", e);
        }
        origin = "http://127.0.0.1:" + server.getPort();
        return this;
    }

    /** {@code http://127.0.0.1:PORT}. */
    String origin() {
        return origin;
    }

    Faults faults() {
        return faults;
    }

    List<SandboxRequest> requests() {
        return List.copyOf(new ArrayList<>(log.values()));
    }

    private MockResponse dispatch(RecordedRequest recorded) {
        int index;
        Optional<Fault> fault;
        synchronized (counterLock) {
            index = ++counter;
            fault = faults.take(index);
        }
        IncomingRequest request = new IncomingRequest(index, recorded.getMethod(), recorded.getUrl(),
                recorded.getHeaders(), origin);
        Reply reply;
        try {
            reply = dialect.handle(request);
        } catch (RuntimeException bug) {
            LOG.log(System.Logger.Level.WARNING, "sandbox failed to answer " + recorded.getRequestLine(), bug);
            reply = dialect.error(500, "Sandbox error: " + bug);
        }
        Reply normal = reply;
        MockResponse response = fault.map(f -> f.apply(normal, dialect)).orElseGet(() -> normal.toMockResponse().build());
        int status = fault.map(f -> f.statusSent(normal)).orElse(normal.status());
        log.put(index, new SandboxRequest(index, recorded.getMethod(), request.path(), recorded.getTarget(),
                request.query(), recorded.getHeaders().toMultimap(), status, fault));
        return response;
    }

    @Override
    public void close() {
        server.close();
    }
}
