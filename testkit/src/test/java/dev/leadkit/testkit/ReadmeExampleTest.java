package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * This module's README shows, under "Without a leadkit client", a sandbox read with raw OkHttp. The block between
 * the two {@code README} markers below is that example: it runs here, and the README prints it verbatim (the
 * indentation of a method body aside). The README's "Using a sandbox" example of the root README is
 * {@code examples/src/test/java/LeadSyncTest.java}, checked by the examples' {@code ReadmeTest}.
 */
class ReadmeExampleTest {

    /** This module's folder: surefire sets {@code basedir}; an IDE runs tests from the module's folder. */
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    @Test
    void rawOkHttpReadsASandboxAsItWouldReadTheVendor() throws IOException {
        // README begin
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(500).start()) {
            Request request = new Request.Builder()
                    .url(sandbox.baseUrl() + "/leads?status=won,lost&value[gte]=100&gclid[exists]=true&sort=value:desc")
                    .header("X-API-KEY", sandbox.apiKey())
                    .build();
            try (Response response = new OkHttpClient().newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(200);
                // {"success":true,"data":[...],"meta":{"pagination":{"limit":50,"page":1,...},"requestId":"req_...","timestamp":"..."}}
                assertThat(response.body().string()).startsWith("{\"success\":true,\"data\":[");
                assertThat(sandbox.requests().get(0).query("value[gte]")).contains("100");
            }
        }
        // README end
    }

    @Test
    void theReadmePrintsTheExampleAsItRuns() throws IOException {
        String source = read(MODULE.resolve("src/test/java/dev/leadkit/testkit/ReadmeExampleTest.java"));
        String marker = "        // README ";
        int begin = source.indexOf(marker + "begin\n");
        int end = source.indexOf(marker + "end\n");
        String example = source.substring(source.indexOf('\n', begin) + 1, end).lines()
                .map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n", "", "\n"));

        String readme = read(MODULE.resolve("README.md"));
        int section = readme.indexOf("\n## Without a leadkit client\n");
        assertThat(section).as("the README has a section \"Without a leadkit client\"").isNotNegative();
        int start = readme.indexOf("\n```java\n", section) + "\n```java\n".length();
        String printed = readme.substring(start, readme.indexOf("\n```\n", start) + 1);

        assertThat(printed).isEqualTo(example);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
