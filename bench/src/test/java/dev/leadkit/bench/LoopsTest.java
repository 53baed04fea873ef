package dev.leadkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it says: both loops read the same listing, page by page, to the end. */
class LoopsTest {

    @Test
    void sdkAndRawLoopReadTheSameNumberOfLeadsInOneRequestPerPage() {
        List<byte[]> templates = VendorPages.autocallsTemplates(7, 7);
        try (BenchServer server = new BenchServer(templates, 0);
                AutocallsClient client = AutocallsClient.builder().apiKey(BenchServer.API_KEY).baseUrl(server.baseUrl()).build()) {
            assertThat(Loops.sdk(client, 0)).isEqualTo(700);
            assertThat(server.requestCount()).isEqualTo(7);

            assertThat(Loops.raw(new OkHttpClient(), server.baseUrl())).isEqualTo(700);
            assertThat(server.requestCount()).isEqualTo(14);

            assertThat(Loops.sdk(client, 4)).isEqualTo(700);
            assertThat(Loops.sdk(client, 2, 100_000)).isEqualTo(700);
        }
    }

    @Test
    void vendorPagesOfEveryDialectHoldAHundredLeads() {
        assertThat(new String(VendorPages.orgleadsPage(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"pageSize\":100");
        assertThat(new String(VendorPages.trackingPage(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"limit\":100");
    }

    @Test
    void aThroughputForkPrintsOneParseableLinePerMeasuredRound() {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            ThroughputRun.main(new String[] {"2", "0", "3"});
        } finally {
            System.setOut(stdout);
        }

        List<String> lines = printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).matches("round \\d+ \\d+ \\d+\\.\\d \\d+\\.\\d"));
    }
}
