package dev.leadkit.bench;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.internal.AutocallsDialect;
import dev.leadkit.core.internal.dialect.PageReader;
import dev.leadkit.orgleads.OrgLead;
import dev.leadkit.orgleads.internal.OrgLeadsDialect;
import dev.leadkit.tracking.TrackingLead;
import dev.leadkit.tracking.internal.TrackingDialect;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/**
 * The leadkit benchmark: one run, one table. {@code mvn -B -q -pl bench exec:exec} after
 * {@code mvn -B -q install -DskipTests}.
 *
 * <ol>
 *   <li>throughput: 100,000 leads with the SDK and with a raw OkHttp + Jackson loop, same server, alternating,
 *       in three fresh JVMs ({@link ThroughputRun});
 *   <li>latency hiding: 100 pages (three rounds) and 1,000 pages (one) with 30 ms added to each, sequential and
 *       {@code prefetch(4)};
 *   <li>memory: 1,000,000 leads streamed and counted in a JVM with {@code -Xmx64m}, sequentially, with
 *       {@code prefetch(4)}, and with {@code prefetch(16)} feeding a consumer that pauses 0.5 ms a page;
 *       allocation per lead;
 *   <li>decode cost per lead, per dialect, on a page of 100 (no HTTP), and Autocalls' against the raw loop's
 *       {@code readTree} of the same page, in time and allocation;
 *   <li>the throttled listing: 36 pages from a sandbox throttled, as Laravel throttles, to 6 and to 3
 *       requests a 2-second window, on the real clock, sequential and {@code prefetch(8)}, against the floor the
 *       throttle sets ({@link ThrottledRun}); Autocalls in the full run, every vendor, and with the client's own
 *       {@code rateLimit} at the larger budget, in the {@code throttled} mode;
 *   <li>what reading 10,000 leads costs in requests: a plain {@code list()} and a sync after 1 % changed, per
 *       vendor, against each floor, and the Autocalls sync under 60 requests a minute ({@link SyncCost}), in the
 *       {@code sync} mode.
 * </ol>
 */
public final class Main {

    /** The throttled listing's budgets a window: fewer requests than the prefetch window it is read with. */
    static final List<Integer> THROTTLE_BUDGETS = List.of(6, 3);
    /** The throttled listing's window. */
    static final Duration THROTTLE_WINDOW = Duration.ofSeconds(2);
    /** The throttled listing's pages of 100: 6 windows at 6 a window, 12 at 3. */
    static final int THROTTLED_PAGES = 36;
    /** The prefetch windows the throttled listing is read with, 0 for sequential reading. */
    private static final List<Integer> THROTTLED_PREFETCH = List.of(0, 8);

    private Main() {
    }

    /**
     * @param args optional: {@code quick} for a short smoke run, {@code decode} for the decode-only rows alone,
     *             {@code throttled} for the throttled listing of every vendor alone, {@code sync} for measure 6 alone
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("decode")) {
            List<String> rows = new ArrayList<>();
            decodeCost(3_000, rows);
            rows.forEach(System.out::println);
            return;
        }
        if (args.length > 0 && args[0].equals("sync")) {
            List<String> rows = new ArrayList<>();
            SyncCost.rows(rows);
            rows.forEach(System.out::println);
            return;
        }
        if (args.length > 0 && args[0].equals("throttled")) {
            List<String> rows = new ArrayList<>();
            warmUpThrottledReads();
            for (ThrottledRun.Vendor vendor : ThrottledRun.Vendor.values()) {
                for (int budget : THROTTLE_BUDGETS) {
                    throttled(vendor, THROTTLED_PAGES, budget, false, rows);
                }
                throttled(vendor, THROTTLED_PAGES, THROTTLE_BUDGETS.get(0), true, rows);
            }
            rows.forEach(System.out::println);
            return;
        }
        boolean quick = args.length > 0 && args[0].equals("quick");
        int pages = quick ? 20 : 1_000;
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%-64s %18s %18s %8s", "measure", "leadkit", "raw OkHttp+Jackson", "ratio"));

        throughput(pages, quick ? 1 : 3, quick ? 1 : 5, quick ? 1 : 11, rows);
        latency(quick ? 10 : 100, 1, 3, rows);
        latency(quick ? 20 : 1_000, 0, 1, rows); // the 1,000-page listing: 30 s sequential, once each
        memory(quick ? 10_000 : 1_000_000, 0, 0, rows);
        memory(quick ? 10_000 : 1_000_000, 4, 0, rows);
        memory(quick ? 10_000 : 1_000_000, 16, 500, rows); // workers twice as fast as the consumer: the bound holds them
        decodeCost(quick ? 50 : 3_000, rows);
        warmUpThrottledReads();
        for (int budget : THROTTLE_BUDGETS) { // quick: two windows at 3, one waited out
            throttled(ThrottledRun.Vendor.AUTOCALLS, quick ? 4 : THROTTLED_PAGES, budget, false, rows);
        }

        System.out.println();
        rows.forEach(System.out::println);
        System.out.printf("%nmachine: %d cores, %s %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * Target 1 and 3b, over {@code forks} fresh JVMs: the rates and allocations are the medians of every
     * measured round; the ratio is the median of each round's SDK/raw pair, which were measured back to back.
     */
    private static void throughput(int pages, int forks, int warmups, int rounds, List<String> rows)
            throws IOException, InterruptedException {
        List<Double> sdkRates = new ArrayList<>();
        List<Double> rawRates = new ArrayList<>();
        List<Double> sdkBytes = new ArrayList<>();
        List<Double> rawBytes = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<String> forkRatios = new ArrayList<>();
        for (int fork = 0; fork < forks; fork++) {
            List<Double> forkPairs = new ArrayList<>();
            for (String line : fork("-Xmx1g", ThroughputRun.class, Integer.toString(pages), Integer.toString(warmups),
                    Integer.toString(rounds))) {
                String[] round = line.split(" ");
                if (round.length != 5 || !round[0].equals("round")) {
                    continue;
                }
                double sdk = Double.parseDouble(round[1]);
                double raw = Double.parseDouble(round[2]);
                sdkRates.add(sdk);
                rawRates.add(raw);
                sdkBytes.add(Double.parseDouble(round[3]));
                rawBytes.add(Double.parseDouble(round[4]));
                forkPairs.add(sdk / raw);
            }
            if (forkPairs.isEmpty()) {
                throw new IllegalStateException("throughput fork " + (fork + 1) + " printed no rounds");
            }
            ratios.addAll(forkPairs);
            forkRatios.add(String.format(Locale.ROOT, "%.2f", Measure.median(forkPairs)));
        }
        String spread = String.format(Locale.ROOT, "; pairs from %.2f to %.2f", Collections.min(ratios), Collections.max(ratios));
        rows.add(row(String.format("1. throughput, %,d leads (leads/s, median)", pages * VendorPages.PER_PAGE),
                Measure.median(sdkRates), Measure.median(rawRates), Measure.median(ratios), "%,.0f"));
        rows.add(String.format("%-64s %s", "   ratio per fork (median of pairs)", String.join(", ", forkRatios) + spread));
        rows.add(row("3b. allocated per lead (bytes, median)", Measure.median(sdkBytes), Measure.median(rawBytes),
                Measure.median(sdkBytes) / Measure.median(rawBytes), "%,.0f"));
    }

    /** Runs {@code main} in a fresh JVM with this classpath and {@code heap}; returns what it printed. */
    private static List<String> fork(String heap, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines = out.lines().collect(Collectors.toList());
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(main.getSimpleName() + " exited with " + exit + ": " + String.join("\n", lines));
        }
        return lines;
    }

    /**
     * One small throttled read of every vendor each way, not reported: the first reads of a JVM load and compile
     * what every later one uses, which would otherwise count against the first row's floor.
     */
    private static void warmUpThrottledReads() {
        for (ThrottledRun.Vendor vendor : ThrottledRun.Vendor.values()) {
            for (int prefetch : THROTTLED_PREFETCH) {
                ThrottledRun.read(vendor, 4, 3, Duration.ofMillis(200), prefetch, false);
            }
        }
    }

    /**
     * Measure 5: one listing of {@code pages} pages of {@code vendor}, throttled to {@code budget} a
     * {@link #THROTTLE_WINDOW}, read once each way, with a fresh sandbox and client for each read.
     */
    private static void throttled(ThrottledRun.Vendor vendor, int pages, int budget, boolean ownLimit, List<String> rows) {
        for (int prefetch : THROTTLED_PREFETCH) {
            ThrottledRun.Result result = ThrottledRun.read(vendor, pages, budget, THROTTLE_WINDOW, prefetch, ownLimit);
            rows.add(ThrottledRun.row(vendor, pages, budget, THROTTLE_WINDOW, prefetch, ownLimit, result));
        }
    }

    private static void latency(int pages, int warmups, int rounds, List<String> rows) {
        try (BenchServer server = new BenchServer(VendorPages.autocallsTemplates(VendorPages.DISTINCT_PAGES, pages), 30);
                AutocallsClient client = AutocallsClient.builder().apiKey(BenchServer.API_KEY).baseUrl(server.baseUrl()).build()) {
            List<List<Measure.Run>> runs = Measure.alternating(() -> Loops.sdk(client, 4), () -> Loops.sdk(client, 0),
                    warmups, rounds);
            double prefetched = Measure.median(runs.get(0).stream().map(r -> r.nanos / 1e6).collect(Collectors.toList()));
            double sequential = Measure.median(runs.get(1).stream().map(r -> r.nanos / 1e6).collect(Collectors.toList()));
            String label = String.format("2. %,d pages, +30 ms each (ms, %s)", pages, rounds == 1 ? "one run" : "median");
            rows.add(String.format(Locale.ROOT, "%-64s %18s %18s %8.2f", label,
                    String.format(Locale.ROOT, "prefetch(4) %,.0f", prefetched),
                    String.format(Locale.ROOT, "sequential %,.0f", sequential), prefetched / sequential));
        }
    }

    private static void memory(long leads, int prefetch, long pauseMicros, List<String> rows)
            throws IOException, InterruptedException {
        String label = String.format(Locale.ROOT, "3. %,d leads under -Xmx64m, %s%s", leads,
                prefetch == 0 ? "sequential" : "prefetch(" + prefetch + ")",
                pauseMicros == 0 ? "" : String.format(Locale.ROOT, ", consumer %.1f ms/page", pauseMicros / 1000.0));
        try {
            String result = fork("-Xmx64m", MemoryRun.class, Long.toString(leads), Integer.toString(prefetch),
                    Long.toString(pauseMicros)).stream()
                    .filter(line -> line.startsWith("leads=")).findFirst().orElse("(no result)");
            rows.add(String.format("%-64s %s", label, "completed: " + result));
        } catch (IllegalStateException failed) {
            rows.add(String.format("%-64s %s", label, "FAILED: " + failed.getMessage()));
        }
    }

    private static void decodeCost(int iterations, List<String> rows) {
        byte[] autocalls = VendorPages.autocallsTemplates(1, 1).get(0);
        byte[] orgleads = VendorPages.orgleadsPage();
        byte[] tracking = VendorPages.trackingPage();
        PageReader<AutocallsLead> autocallsDecoder = new PageReader<>(AutocallsDialect.INSTANCE.pageFormat().apply(ZoneOffset.UTC));
        PageReader<OrgLead> orgleadsDecoder = new PageReader<>(OrgLeadsDialect.INSTANCE.pageFormat().apply(ZoneOffset.UTC));
        PageReader<TrackingLead> trackingDecoder = new PageReader<>(TrackingDialect.INSTANCE.pageFormat().apply(ZoneOffset.UTC));
        List<Decode> decodes = List.of(
                () -> autocallsDecoder.read(new ByteArrayInputStream(autocalls), 1).items().size(),
                () -> Loops.rawLeads(new ByteArrayInputStream(autocalls)).size(),
                () -> orgleadsDecoder.read(new ByteArrayInputStream(orgleads), 1).items().size(),
                () -> trackingDecoder.read(new ByteArrayInputStream(tracking), 1).items().size());
        List<Measure.Run[]> rounds = decodeRounds(iterations, decodes);
        double[] nanos = new double[decodes.size()];
        double[] bytes = new double[decodes.size()];
        for (int d = 0; d < decodes.size(); d++) {
            int which = d;
            nanos[d] = Measure.median(rounds.stream().map(r -> r[which].nanosPerItem()).collect(Collectors.toList()));
            bytes[d] = Measure.median(rounds.stream().map(r -> r[which].bytesPerItem()).collect(Collectors.toList()));
        }
        rows.add(row("4. decode only, Autocalls (ns/lead, median)", nanos[0], nanos[1], nanos[0] / nanos[1], "%,.0f"));
        rows.add(row("4. decode only, Autocalls (bytes/lead, median)", bytes[0], bytes[1], bytes[0] / bytes[1], "%,.0f"));
        rows.add(String.format(Locale.ROOT, "%-64s %,18.0f", "4. decode only, Nexus ERP (ns/lead, median)", nanos[2]));
        rows.add(String.format(Locale.ROOT, "%-64s %,18.0f", "4. decode only, Octanist (ns/lead, median)", nanos[3]));
    }

    /** A page decode, as the benchmark calls it: how many leads it read. */
    @FunctionalInterface
    private interface Decode {
        int run() throws IOException;
    }

    /** Warms every decode up, then five rounds of {@code iterations} of each in turn; one run per decode per round. */
    private static List<Measure.Run[]> decodeRounds(int iterations, List<Decode> decodes) {
        LongSupplier[] loops = decodes.stream().map(decode -> (LongSupplier) () -> {
            try {
                long leads = 0;
                for (int i = 0; i < iterations; i++) {
                    leads += decode.run();
                }
                return leads;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toArray(LongSupplier[]::new);
        for (LongSupplier loop : loops) {
            loop.getAsLong();
        }
        List<Measure.Run[]> rounds = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            Measure.Run[] runs = new Measure.Run[loops.length];
            for (int d = 0; d < loops.length; d++) {
                runs[d] = Measure.once(loops[d]);
            }
            rounds.add(runs);
        }
        return rounds;
    }

    private static String row(String label, double sdk, double raw, double ratio, String format) {
        return String.format(Locale.ROOT, "%-64s %18s %18s %8.2f", label, String.format(Locale.ROOT, format, sdk),
                String.format(Locale.ROOT, format, raw), ratio);
    }
}
