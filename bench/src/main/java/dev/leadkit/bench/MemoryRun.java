package dev.leadkit.bench;

import dev.leadkit.autocalls.AutocallsClient;
import java.lang.management.ManagementFactory;

/**
 * Streams and counts {@code args[0]} leads (default 1,000,000) through the SDK in this JVM, with
 * {@code prefetch(args[1])} (default 1, sequential), which the benchmark launches with {@code -Xmx64m};
 * prints {@code leads=<n> seconds=<s> heapMax=<bytes>}.
 */
public final class MemoryRun {

    private MemoryRun() {
    }

    /**
     * @param args the number of leads, a multiple of 100; the prefetch window
     */
    public static void main(String[] args) {
        long leads = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int prefetch = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int pages = (int) (leads / VendorPages.PER_PAGE);
        try (BenchServer server = new BenchServer(VendorPages.autocallsTemplates(5, pages), 0);
                AutocallsClient client = AutocallsClient.builder().apiKey(BenchServer.API_KEY).baseUrl(server.baseUrl()).build()) {
            long started = System.nanoTime();
            long counted = Loops.sdk(client, prefetch);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("leads=%d seconds=%.1f heapMax=%d%n", counted, seconds,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax());
        }
    }
}
