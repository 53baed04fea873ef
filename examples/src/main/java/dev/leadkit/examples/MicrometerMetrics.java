package dev.leadkit.examples;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.spring.boot.observation.LeadkitObservation;
import dev.leadkit.testkit.Fault;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.SandboxRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Every request, retry and rate-limit wait of a listing as Micrometer meters: lists every lead of an Autocalls
 * account through a client observed by the Spring Boot starter's {@link LeadkitObservation}, into an
 * {@link ObservationRegistry} whose observations become meters of a {@link SimpleMeterRegistry}, as Boot's Actuator
 * makes them (a Boot application with the starter gets this with no code), then prints the meters.
 *
 * <p>Against the embedded sandbox (no {@code AUTOCALLS_API_KEY} set) there is something to count: the sandbox
 * answers its 3rd request with a proxy's 503 and its 8th with a 502 (so the client retries twice), and its 6th
 * with a 429 asking for a second's wait (so the client waits once, spending no retry); it also enforces the
 * vendor's Laravel throttle, 4 requests a second, which may hold the client for the rest of a window once or
 * twice more (after a 429 each). The run takes two to three seconds. With a key set it just lists your account
 * and counts what happened.
 *
 * <p>Run it from the IDE, or with {@code mvn -B -q -pl examples exec:java -Dexec.mainClass=dev.leadkit.examples.MicrometerMetrics}.
 */
public final class MicrometerMetrics {

    /** The sandbox's rate limit: 4 requests in each window of a second. */
    static final int THROTTLE_REQUESTS = 4;
    /**
     * The sandbox's requests answered with a fault instead, by their number: all among the first 10, which the
     * 10 pages of 25 leads make sure are sent, and none right after another, so that no page fails twice.
     */
    static final Map<Integer, Fault> FAULTS = Map.of(
            3, Fault.status(503),
            6, Fault.rateLimited(Duration.ofSeconds(1)),
            8, Fault.status(502));

    private MicrometerMetrics() {
    }

    /**
     * Lists every lead and prints the meters.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    static Result run(Map<String, String> env, PrintStream out) {
        MeterRegistry registry = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(registry));
        try (Connection<AutocallsClient> autocalls = Connection.autocalls(env, out,
                client -> LeadkitObservation.observe(client, AutocallsLead.PLATFORM, observations),
                sandbox -> sandbox.throttle(THROTTLE_REQUESTS, Duration.ofSeconds(1)))) {
            autocalls.sandbox().ifPresent(sandbox -> FAULTS.forEach(sandbox.faults()::onRequest));
            // small pages against the sandbox: its 250 leads take 10 requests at least
            AutocallsLeadQuery query = AutocallsLeadQuery.builder().perPage(autocalls.sandbox().isPresent() ? 25 : 100).build();

            long leads = autocalls.client().leads().list(query).stream().count();

            out.println();
            out.println("listed " + leads + " leads; the meters:");
            print(registry, out);
            List<SandboxRequest> requests = autocalls.sandbox().map(Sandbox::requests).orElse(List.of());
            int faults = autocalls.sandbox().map(sandbox -> FAULTS.size() - sandbox.faults().pending()).orElse(0);
            autocalls.sandbox().ifPresent(sandbox -> out.println("the sandbox received " + requests.size()
                    + " requests: " + requests.stream().collect(Collectors.groupingBy(SandboxRequest::status,
                            TreeMap::new, Collectors.counting()))
                    + " by status, " + faults + " of them faults it was told to send"));
            return new Result(registry, leads, requests, faults);
        }
    }

    /**
     * Prints each meter on a line, by name and tags: a timer's count, total and longest, a counter's count, and
     * what else a meter measures (the long-task timers of observations in progress, none once the listing ended).
     */
    static void print(MeterRegistry registry, PrintStream out) {
        registry.getMeters().stream()
                .sorted(Comparator.comparing(MicrometerMetrics::describe))
                .forEach(meter -> out.println("  " + describe(meter) + " " + value(meter)));
    }

    private static String describe(Meter meter) {
        return meter.getId().getName() + meter.getId().getTags().stream()
                .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Meter meter) {
        if (meter instanceof Timer timer) {
            return String.format(Locale.ROOT, "count=%d total=%.3fs max=%.3fs", timer.count(),
                    timer.totalTime(TimeUnit.SECONDS), timer.max(TimeUnit.SECONDS));
        }
        if (meter instanceof Counter counter) {
            return String.format(Locale.ROOT, "count=%.0f", counter.count());
        }
        return meter.measure().toString();
    }

    /**
     * What a run did.
     *
     * @param registry the meters
     * @param leads    the leads listed
     * @param requests the requests the sandbox received, none without one
     * @param faults   how many of them the sandbox answered with a scripted fault
     */
    record Result(MeterRegistry registry, long leads, List<SandboxRequest> requests, int faults) {
    }
}
