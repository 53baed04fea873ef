package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.DecodingException;
import dev.leadkit.core.LeadClient;
import dev.leadkit.core.Lead;
import dev.leadkit.testkit.DialectFixture.Listing;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * A page that would decode into hundreds of MiB leaves a 64 MiB heap alone: a JVM of its own, started with
 * {@code -Xmx64m} on this test's class path, lists a gzip body of 10 million empty arrays (under 100 KB on the
 * wire, 30 MB inflated, within {@code maxResponseBytes}) and must end in the {@link DecodingException} of the
 * token limit, not an {@link OutOfMemoryError}. Without the limit, those arrays alone would take about
 * 250 MiB.
 */
class SmallHeapTest {

    @Test
    void aDecompressionBombFailsAtTheTokenLimitInA64MiBHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                SmallHeapTest.class.getName()).redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output).contains("DecodingException: ").contains("more than 1,000,000 JSON tokens")
                .doesNotContain("OutOfMemoryError");
        assertThat(child.exitValue()).as(output).isZero();
    }

    /**
     * The child: lists the bomb and prints how the listing ended; exits 0 only on the expected
     * {@link DecodingException}.
     *
     * @param arguments none
     */
    public static void main(String[] arguments) {
        DialectFixture autocalls = new DialectFixture.Autocalls();
        try (Listing server = new Listing()) {
            server.reply(1, new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .addHeader("Content-Encoding", "gzip").body(HostilePageTest.gzippedPage(autocalls, 10_000_000)).build());
            try (LeadClient<?, ? extends Lead> client = autocalls.client(server.url(autocalls.basePath()))) {
                List<String> ids = client.leads().list().stream().map(Lead::id).toList();
                System.out.println("read " + ids.size() + " leads: the page was not refused");
                System.exit(2);
            } catch (DecodingException e) {
                System.out.println("DecodingException: " + e.getMessage());
                System.exit(0);
            } catch (OutOfMemoryError e) {
                System.out.println("OutOfMemoryError: " + e.getMessage());
                System.exit(3);
            }
        }
    }
}
