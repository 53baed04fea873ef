package dev.leadkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every sandbox's builder shares: how many leads (generated from a seed) or which ones, the key
 * the sandbox accepts, the vendor's rate limit if the sandbox is to enforce one, and its clock.
 *
 * <pre>{@code
 * AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(2_000).seed(42).apiKey("12|test").start();
 * }</pre>
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <L> the sandbox's lead type
 * @param <S> the sandbox built
 */
public abstract class SandboxBuilder<B extends SandboxBuilder<B, L, S>, L, S extends Sandbox> {

    /** The most leads a sandbox generates. */
    public static final int MAX_LEADS = 1_000_000;

    private int count = 100;
    private long seed = 1;
    private List<L> given;
    private String apiKey;
    private int throttleRequests;
    private Duration throttleWindow;
    private Clock clock = Clock.systemUTC();

    SandboxBuilder(String defaultApiKey) {
        this.apiKey = defaultApiKey;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * How many leads to generate; 100 unless set.
     *
     * @param count 0 to 1,000,000
     * @return this builder
     */
    public B leads(int count) {
        if (count < 0 || count > MAX_LEADS) {
            throw new IllegalArgumentException("leads must be between 0 and " + MAX_LEADS + ", got " + count);
        }
        this.count = count;
        this.given = null;
        return self();
    }

    /**
     * Serves exactly these leads, in this order, instead of generated ones.
     *
     * @param leads the leads
     * @return this builder
     */
    public B leads(List<L> leads) {
        this.given = List.copyOf(leads);
        return self();
    }

    /**
     * The seed of the generated leads: the same seed, the same leads.
     *
     * @param seed any value
     * @return this builder
     */
    public B seed(long seed) {
        this.seed = seed;
        return self();
    }

    /**
     * The key the sandbox accepts; anything else gets the vendor's 401.
     *
     * @param apiKey non-blank
     * @return this builder
     */
    public B apiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be null or blank");
        }
        this.apiKey = apiKey;
        return self();
    }

    /**
     * Enforces the vendor's rate limit the way Laravel's {@code ThrottleRequests} middleware does, with a
     * fixed window: the window opens at the first request counted and lasts {@code window}; in it at most
     * {@code requests} requests are answered normally; a request over the budget gets the vendor's 429 with
     * {@code Retry-After} (the whole seconds until the window ends, rounded up) and is not counted; the
     * first request once the window has passed opens a new one. Every request counts, whatever its path and
     * whether or not its key is right (the throttle runs before auth), in the order the sandbox numbers them;
     * one budget for the whole sandbox. Time is read from {@link #clock(Clock)}.
     *
     * <p>What the vendor sends: Autocalls (Laravel) adds {@code X-RateLimit-Limit} and
     * {@code X-RateLimit-Remaining} (left after this request) to every response, and its 429 is
     * {@code {"message":"Too Many Attempts."}} with {@code X-RateLimit-Remaining: 0}, {@code Retry-After}
     * and {@code X-RateLimit-Reset} (the Unix epoch second of the window's end, rounded up). Nexus ERP's 429
     * is {@code {"error":"Too Many Attempts."}} and Octanist's its error envelope with code
     * {@code RATE_LIMITED}, each with {@code Retry-After} and no other rate-limit header (neither vendor
     * documents one). These are the bodies of {@link Fault#rateLimited(Duration)} too.
     *
     * <p>With {@link Faults}: the throttle sits in the vendor's app, the faults between the app and the
     * client. Every request is counted (or rejected) by the throttle first, whatever fault is scripted for
     * it, and the fault then works on the throttle's answer: a fault that replaces the reply
     * ({@link Fault#status}, {@link Fault#htmlPage}, the rate limits, {@link Fault#noResponse}) sends only
     * what it scripts, yet the request spent its share of the budget; a fault that spoils the reply
     * ({@link Fault#delay}, {@link Fault#truncatedBody}, {@link Fault#cutMidBody}) spoils the normal answer
     * or the throttle's 429 alike, headers kept. Faults are numbered and queued as without a throttle.
     *
     * <p>Without this call a sandbox answers every request and sends no rate-limit header. Drive the
     * window with a clock a test advances, e.g. from the client's sleeper:
     *
     * <pre>{@code
     * ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T10:00:00Z"));
     * AutocallsSandbox sandbox = AutocallsSandbox.builder()
     *         .throttle(60, Duration.ofMinutes(1))     // 60 requests a minute, as Laravel's api throttle
     *         .clock(clock)
     *         .start();
     * // request 61 gets 429 with Retry-After: 60; after clock.advance(Duration.ofMinutes(1)) the budget is back
     * }</pre>
     *
     * @param requests the requests answered in a window, at least 1
     * @param window   the window's length, positive
     * @return this builder
     */
    public B throttle(int requests, Duration window) {
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be at least 1, got " + requests);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, got " + window);
        }
        this.throttleRequests = requests;
        this.throttleWindow = window;
        return self();
    }

    /**
     * The sandbox's clock, the system clock unless set: it times {@link #throttle(int, Duration)}'s window,
     * stamps the leads' changes ({@link Sandbox#changes()}) and writes Octanist's {@code meta.timestamp}. Give
     * it the clock the test advances, and a throttled test takes milliseconds.
     *
     * @param clock the clock, e.g. a {@link ManualClock}
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Generates the leads (unless given) and starts listening on a free port of 127.0.0.1.
     *
     * @return the running sandbox; close it when done
     */
    public abstract S start();

    /** The leads to serve: the given ones, or {@code generator(count, seed)}. */
    List<L> leadsToServe(Generator<L> generator) {
        return given != null ? given : generator.generate(count, seed);
    }

    long seed() {
        return seed;
    }

    String apiKey() {
        return apiKey;
    }

    Clock clock() {
        return clock;
    }

    /** {@return a fresh throttle for the sandbox being started, if {@link #throttle(int, Duration)} was called} */
    Optional<Throttle> newThrottle() {
        return throttleWindow == null ? Optional.empty()
                : Optional.of(new Throttle(throttleRequests, throttleWindow, clock));
    }

    /** A sandbox's lead generator. */
    @FunctionalInterface
    interface Generator<L> {
        List<L> generate(int count, long seed);
    }
}
