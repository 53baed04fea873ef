package dev.leadkit.spring.boot.observation;

import dev.leadkit.core.Platform;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Observes each attempt of a client's requests as {@code leadkit.attempts}, from sending to the body's last byte
 * (its close). A {@link dev.leadkit.core.LeadkitListener} is told of an attempt only once it has ended, and an
 * observation cannot be started in the past, so the attempt is observed around its HTTP exchange instead: an
 * application interceptor, which sees each attempt once, since leadkit retries by sending a new call. The
 * observation's parent is the application's current one (a web request, an {@code @Observed} job), so a trace
 * holds every attempt of the work that listed leads. No header is added to the request: the vendor is told
 * nothing of the application's traces.
 */
final class AttemptObservations implements Interceptor {

    private final ObservationRegistry registry;
    private final Platform platform;

    AttemptObservations(ObservationRegistry registry, Platform platform) {
        this.registry = registry;
        this.platform = platform;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String query = request.url().encodedQuery();
        Observation observation = Observation.createNotStarted("leadkit.attempts", registry)
                .contextualName("leadkit " + platform.id() + " " + request.method())
                .lowCardinalityKeyValue("platform", platform.id())
                .lowCardinalityKeyValue("method", request.method())
                .highCardinalityKeyValue("leadkit.request", request.method() + " " + request.url().encodedPath()
                        + (query == null ? "" : "?" + query))
                .start();
        Response response;
        try (Observation.Scope scope = observation.openScope()) {
            response = chain.proceed(request);
        } catch (IOException | RuntimeException | Error e) {
            observation.lowCardinalityKeyValue("status", "failed");
            observation.error(e);
            observation.stop();
            throw e;
        }
        observation.lowCardinalityKeyValue("status", Integer.toString(response.code()));
        return response.newBuilder().body(new ObservedBody(response.body(), observation)).build();
    }

    /** The response's body, whose close (or a failure reading it) ends the attempt's observation. */
    private static final class ObservedBody extends ResponseBody {

        private final ResponseBody body;
        private final BufferedSource source;

        ObservedBody(ResponseBody body, Observation observation) {
            this.body = body;
            AtomicBoolean stopped = new AtomicBoolean();
            this.source = Okio.buffer(new ForwardingSource(body.source()) {
                @Override
                public long read(Buffer sink, long byteCount) throws IOException {
                    try {
                        return super.read(sink, byteCount);
                    } catch (IOException e) {
                        observation.error(e);
                        throw e;
                    }
                }

                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        if (stopped.compareAndSet(false, true)) {
                            observation.stop();
                        }
                    }
                }
            });
        }

        @Override
        public MediaType contentType() {
            return body.contentType();
        }

        @Override
        public long contentLength() {
            return body.contentLength();
        }

        @Override
        public BufferedSource source() {
            return source;
        }
    }
}
