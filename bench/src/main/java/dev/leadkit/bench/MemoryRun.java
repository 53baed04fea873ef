package dev.leadkit.bench;

import dev.leadkit.autocalls.AutocallsClient;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Streams and counts {@code args[0]} leads (default 1,000,000) through the SDK in this JVM, with
 * {@code prefetch(args[1])} (default 0, sequential), the consumer pausing {@code args[2]} microseconds before
 * each page (default 0), in the JVM the benchmark launches with {@code -Xmx64m}; prints
 * {@code leads=<n> seconds=<s> heapCap=<MiB>}. With a slow consumer, only the prefetch window's bound keeps
 * the pages fetched ahead from piling up past the heap.
 */
public final class MemoryRun {

    private MemoryRun() {
    }

    /**
     * @param args the number of leads, a multiple of 100; the prefetch window; the pause per page in µs
     */
    public static void main(String[] args) {
        long leads = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int prefetch = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long pauseMicros = args.length > 2 ? Long.parseLong(args[2]) : 0;
        int pages = (int) (leads / VendorPages.PER_PAGE);
        try (BenchServer server = new BenchServer(VendorPages.autocallsTemplates(VendorPages.DISTINCT_PAGES, pages), 0);
                AutocallsClient client = AutocallsClient.builder().apiKey(BenchServer.API_KEY).baseUrl(server.baseUrl()).build()) {
            long started = System.nanoTime();
            long counted = Loops.sdk(client, prefetch, pauseMicros * 1_000);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "leads=%d seconds=%.1f heapCap=%dMiB%n", counted, seconds,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
        }
    }
}
