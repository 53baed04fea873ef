package dev.leadkit.testkit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What every sandbox's builder shares: how many leads (generated from a seed) or which ones, and the key
 * the sandbox accepts, and its clock.
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
     * The sandbox's clock, the system clock unless set: it writes Octanist's {@code meta.timestamp}.
     *
     * @param clock the clock
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

    /** A sandbox's lead generator. */
    @FunctionalInterface
    interface Generator<L> {
        List<L> generate(int count, long seed);
    }
}
