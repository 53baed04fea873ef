package dev.leadkit.bench;

import dev.leadkit.autocalls.AutocallsClient;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * One fork of the throughput measure: in this JVM, the SDK and the raw loop read the same {@code args[0]}
 * pages alternately, {@code args[1]} warm-ups then {@code args[2]} measured rounds each; prints one line per
 * round, {@code round <sdk leads/s> <raw leads/s> <sdk bytes/lead> <raw bytes/lead>}. The benchmark runs
 * several forks because the JIT compiles each JVM a little differently, and a single JVM's figure can
 * sit 10 % off its neighbour's.
 */
public final class ThroughputRun {

    private ThroughputRun() {
    }

    /**
     * @param args pages, warm-up rounds, measured rounds
     */
    public static void main(String[] args) {
        int pages = Integer.parseInt(args[0]);
        int warmups = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        try (BenchServer server = new BenchServer(VendorPages.autocallsTemplates(VendorPages.DISTINCT_PAGES, pages), 0);
                AutocallsClient client = AutocallsClient.builder().apiKey(BenchServer.API_KEY).baseUrl(server.baseUrl()).build()) {
            OkHttpClient raw = new OkHttpClient();
            List<List<Measure.Run>> runs = Measure.alternating(() -> Loops.sdk(client, 0),
                    () -> Loops.raw(raw, server.baseUrl()), warmups, rounds);
            for (int i = 0; i < rounds; i++) {
                Measure.Run sdk = runs.get(0).get(i);
                Measure.Run rawRun = runs.get(1).get(i);
                System.out.printf(Locale.ROOT, "round %.0f %.0f %.1f %.1f%n", sdk.itemsPerSecond(), rawRun.itemsPerSecond(),
                        sdk.bytesPerItem(), rawRun.bytesPerItem());
            }
            raw.dispatcher().executorService().shutdown();
            raw.connectionPool().evictAll();
        }
    }
}
