package dev.leadkit.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The machinery every sandbox shares: a MockWebServer on 127.0.0.1 whose dispatcher numbers each request,
 * takes its scripted fault, asks the throttle (if any) whether the request fits the budget, has the changes
 * due before the request applied and takes the leads it is answered from, asks the dialect for the vendor's
 * answer (or the vendor's 429), applies the fault and records the exchange.
 *
 * @param <L> the lead type the dialect serves
 */
final class SandboxServer<L> implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.leadkit.testkit");

    private final Dialect<L> dialect;
    private final IntFunction<List<L>> leadsBefore;
    private final MockWebServer server = new MockWebServer();
    private final Optional<Throttle> throttle;
    private final Faults faults = new Faults();
    private final ConcurrentSkipListMap<Integer, SandboxRequest> log = new ConcurrentSkipListMap<>();
    private final Object counterLock = new Object();
    private int counter;
    private String origin;

    /**
     * @param dialect     how the vendor answers
     * @param leadsBefore the leads to answer request {@code n} from, given {@code n}: called once per request, in
     *                    numbering order, under the numbering lock (so it may apply the changes due before it)
     * @param throttle    the vendor's rate limit, if enforced
     */
    SandboxServer(Dialect<L> dialect, IntFunction<List<L>> leadsBefore, Optional<Throttle> throttle) {
        this.dialect = dialect;
        this.leadsBefore = leadsBefore;
        this.throttle = throttle;
    }

    /**
     * Starts listening on a free port of 127.0.0.1.
     *
     * @return the running sandbox; close it when done
     */
    SandboxServer<L> start() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return SandboxServer.this.dispatch(request);
            }
        });
        server.setServerSocketFactory(NoDelaySockets.serverSocketFactory());
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the sandbox server on 127.0.0.1", e);
        }
        origin = "http://127.0.0.1:" + server.getPort();
        return this;
    }

    /** {@return {@code http://127.0.0.1:PORT}} */
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
        Optional<ThrottleDecision> decision;
        List<L> leads;
        RuntimeException changeFailed = null;
        synchronized (counterLock) {
            index = ++counter;
            fault = faults.take(index);
            decision = throttle.map(Throttle::admit);
            try {
                leads = leadsBefore.apply(index);
            } catch (RuntimeException failed) {
                leads = List.of();
                changeFailed = failed;
            }
        }
        IncomingRequest request = new IncomingRequest(index, recorded.getMethod(), recorded.getUrl(),
                recorded.getHeaders(), origin);
        Reply normal;
        if (changeFailed != null) {
            LOG.log(System.Logger.Level.WARNING, "sandbox could not apply the changes due before request " + index,
                    changeFailed);
            normal = dialect.error(500, "Sandbox error: " + changeFailed.getMessage());
        } else {
            normal = decision.isEmpty() ? answer(request, recorded, leads)
                    : throttled(request, recorded, leads, decision.get());
        }
        MockResponse response = fault.map(f -> f.apply(normal, dialect)).orElseGet(() -> normal.toMockResponse().build());
        int status = fault.map(f -> f.statusSent(normal)).orElse(normal.status());
        log.put(index, new SandboxRequest(index, recorded.getMethod(), request.path(), recorded.getTarget(),
                request.query(), recorded.getHeaders().toMultimap(), status, fault));
        return response;
    }

    /** The throttle's 429, or the dialect's answer; with the vendor's rate-limit headers either way. */
    private Reply throttled(IncomingRequest request, RecordedRequest recorded, List<L> leads,
                            ThrottleDecision decision) {
        Reply reply = decision.admitted() ? answer(request, recorded, leads)
                : TooManyAttempts.reply(dialect).withHeader("Retry-After", decision.retryAfter());
        return dialect.withRateLimitHeaders(reply, decision);
    }

    private Reply answer(IncomingRequest request, RecordedRequest recorded, List<L> leads) {
        try {
            return dialect.handle(request, leads);
        } catch (RuntimeException bug) {
            LOG.log(System.Logger.Level.WARNING, "sandbox failed to answer " + recorded.getRequestLine(), bug);
            return dialect.error(500, "Sandbox error: " + bug);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
