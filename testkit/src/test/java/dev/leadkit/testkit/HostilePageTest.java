package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.DecodeLimits;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.Lead;
import dev.leadkit.testkit.DialectFixture.Listing;
import dev.leadkit.testkit.DialectFixture.Signals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page that would decode into far more than its bytes fails with a {@link DecodingException} naming the
 * {@link DecodeLimits} it broke, once per dialect, over real HTTP: too many JSON tokens (also from a small
 * gzip body), nesting too deep, a string or member name too long. The limits are exact, and a client's own
 * limits replace the defaults. (That such a page leaves a small heap alone is {@link SmallHeapTest}'s.)
 */
class HostilePageTest {

    private static final JsonFactory PLAIN = new JsonFactory();

    static List<DialectFixture> dialects() {
        return DialectFixture.all();
    }

    /** A page of one lead whose unknown member {@code extra} holds {@code value}. */
    private static String pageWith(DialectFixture dialect, String value) {
        return dialect.page(List.of(dialect.lead("101", "\"extra\": " + value)), Signals.page(1).more(false));
    }

    /** {@code count} empty arrays in an array: {@code 2 * count + 2} tokens. */
    static String emptyArrays(int count) {
        StringBuilder json = new StringBuilder(count * 3 + 2).append('[');
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "[]" : ",[]");
        }
        return json.append(']').toString();
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** How many tokens a plain parser reads in {@code json}. */
    private static long tokens(String json) {
        try (JsonParser parser = PLAIN.createParser(json)) {
            long count = 0;
            while (parser.nextToken() != null) {
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How deep arrays and objects nest in {@code json}. */
    private static int depth(String json) {
        try (JsonParser parser = PLAIN.createParser(json)) {
            int deepest = 0;
            while (parser.nextToken() != null) {
                deepest = Math.max(deepest, parser.getParsingContext().getNestingDepth());
            }
            return deepest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Throwable read(DialectFixture dialect, Listing server, Consumer<ClientBuilder<?>> settings) {
        return catchThrowable(() -> dialect.read(server, settings, listing -> listing.stream().map(Lead::id).toList()));
    }

    private static Consumer<ClientBuilder<?>> limits(DecodeLimits limits) {
        return client -> client.decodeLimits(limits);
    }

    private static DecodingException decodingFailure(Throwable thrown) {
        assertThat(thrown).isInstanceOf(DecodingException.class);
        return (DecodingException) thrown;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aPageOfMoreTokensThanTheDefaultMillionFailsNamingTheLimit(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.page(1, pageWith(dialect, emptyArrays(500_000)));

            DecodingException e = decodingFailure(read(dialect, server, client -> { }));

            assertThat(e).hasMessageContaining("the page holds more than 1,000,000 JSON tokens (DecodeLimits.maxTokens)");
            assertThat(e.page()).hasValue(1);
            assertThat(server.requestedPages()).as("not retried").containsExactly(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aPageOfExactlyMaxTokensIsReadAndOneMoreFails(DialectFixture dialect) {
        String page = pageWith(dialect, emptyArrays(500));
        long exactly = tokens(page);
        try (Listing server = new Listing()) {
            server.page(1, page);

            assertThat(read(dialect, server, limits(DecodeLimits.builder().maxTokens(exactly).build()))).isNull();
            DecodingException e = decodingFailure(read(dialect, server,
                    limits(DecodeLimits.builder().maxTokens(exactly - 1).build())));
            assertThat(e).hasMessageContaining("more than " + String.format("%,d", exactly - 1) + " JSON tokens");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aSmallGzipBodyThatInflatesIntoTensOfMillionsOfTokensFailsAtTheLimit(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            Buffer gzipped = gzippedPage(dialect, 10_000_000);
            assertThat(gzipped.size()).as("the body on the wire").isLessThan(200_000);
            server.reply(1, new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .addHeader("Content-Encoding", "gzip").body(gzipped).build());

            DecodingException e = decodingFailure(read(dialect, server, client -> { }));

            assertThat(e).hasMessageContaining("more than 1,000,000 JSON tokens (DecodeLimits.maxTokens)");
        }
    }

    /** A page whose lead's unknown member holds {@code count} empty arrays (3 bytes each), gzipped as it is written. */
    static Buffer gzippedPage(DialectFixture dialect, int count) {
        String marker = "\"__bomb__\"";
        String page = pageWith(dialect, marker);
        int at = page.indexOf(marker);
        Buffer gzipped = new Buffer();
        try (BufferedSink sink = Okio.buffer(new GzipSink(gzipped))) {
            sink.writeUtf8(page, 0, at).writeUtf8("[[]");
            for (int i = 1; i < count; i++) {
                sink.writeUtf8(",[]");
            }
            sink.writeUtf8("]").writeUtf8(page, at + marker.length(), page.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gzipped;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void nestingDeeperThanTheDefault200LevelsFailsNamingTheLimit(DialectFixture dialect) {
        String page = pageWith(dialect, nested(200));
        try (Listing server = new Listing()) {
            server.page(1, page);

            DecodingException e = decodingFailure(read(dialect, server, client -> { }));

            assertThat(e).hasMessageContaining("the page nests arrays and objects deeper than 200 levels"
                    + " (DecodeLimits.maxDepth)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void nestingOfExactlyMaxDepthIsReadAndOneLevelMoreFails(DialectFixture dialect) {
        String page = pageWith(dialect, nested(10));
        int exactly = depth(page);
        try (Listing server = new Listing()) {
            server.page(1, page);

            assertThat(read(dialect, server, limits(DecodeLimits.builder().maxDepth(exactly).build()))).isNull();
            DecodingException e = decodingFailure(read(dialect, server,
                    limits(DecodeLimits.builder().maxDepth(exactly - 1).build())));
            assertThat(e).hasMessageContaining("deeper than " + (exactly - 1) + " levels");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aStringLongerThanTheDefaultMillionCharactersFailsNamingTheLimit(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.page(1, pageWith(dialect, "\"" + "x".repeat(1_000_001) + "\""));

            DecodingException e = decodingFailure(read(dialect, server, client -> { }));

            assertThat(e).hasMessageContaining("the page holds a string or member name longer than 1,000,000"
                    + " characters (DecodeLimits.maxStringLength)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aStringOfExactlyMaxStringLengthIsReadAndOneCharacterMoreFails(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.page(1, pageWith(dialect, "\"" + "x".repeat(2048) + "\""));
            DecodeLimits limits = DecodeLimits.builder().maxStringLength(2048).build();
            assertThat(read(dialect, server, limits(limits))).isNull();

            server.page(1, pageWith(dialect, "\"" + "x".repeat(2049) + "\""));
            DecodingException e = decodingFailure(read(dialect, server, limits(limits)));
            assertThat(e).hasMessageContaining("longer than 2,048 characters");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aMemberNameLongerThanMaxStringLengthFails(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.page(1, pageWith(dialect, "{\"" + "n".repeat(2049) + "\": 1}"));

            DecodingException e = decodingFailure(read(dialect, server,
                    limits(DecodeLimits.builder().maxStringLength(2048).build())));

            assertThat(e).hasMessageContaining("a string or member name longer than 2,048 characters");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aNumberOfMoreThanTheDefaultThousandDigitsFailsNamingTheLimit(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.page(1, pageWith(dialect, "1" + "0".repeat(1000)));

            DecodingException e = decodingFailure(read(dialect, server, client -> { }));

            assertThat(e).hasMessageContaining("the page holds a number of more than 1,000 digits"
                    + " (DecodeLimits.maxNumberDigits)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aNumberOfExactlyMaxNumberDigitsIsReadAndOneDigitMoreFails(DialectFixture dialect) {
        DecodeLimits limits = DecodeLimits.builder().maxNumberDigits(30).build();
        try (Listing server = new Listing()) {
            server.page(1, pageWith(dialect, "1." + "5".repeat(26) + "E+123"));
            assertThat(read(dialect, server, limits(limits))).isNull();

            server.page(1, pageWith(dialect, "1." + "5".repeat(27) + "E+123"));
            DecodingException e = decodingFailure(read(dialect, server, limits(limits)));
            assertThat(e).hasMessageContaining("a number of more than 30 digits (DecodeLimits.maxNumberDigits)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aThousandDigitNumberWrittenBackWithAnExponentOfMoreDigitsFailsNamingTheLimit(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.page(1, pageWith(dialect, "[" + "9".repeat(999) + "e5]"));

            DecodingException e = decodingFailure(read(dialect, server, client -> { }));

            assertThat(e).hasMessageContaining("(DecodeLimits.maxNumberDigits)");
        }
    }

    @Test
    void anOctanistValueSentAsAStringOfThreeHundredThousandDigitsFailsNamingTheLimit() {
        DialectFixture tracking = new DialectFixture.Tracking();
        try (Listing server = new Listing()) {
            server.page(1, tracking.page(List.of(tracking.lead("101", "\"value\": \"" + "9".repeat(300_000) + "\"")),
                    Signals.page(1).more(false)));

            DecodingException e = decodingFailure(read(tracking, server, client -> { }));

            assertThat(e).hasMessageContaining("the page holds a number of more than 1,000 digits"
                    + " (DecodeLimits.maxNumberDigits)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void leadsHoldingValuesNestedAsDeepAsTheLargestMaxDepthCompareHashAndPrintOnAHalfMebibyteStack(
            DialectFixture dialect) throws Throwable {
        String deep = "{\"a\":".repeat(995) + "1" + "}".repeat(995);
        try (Listing server = new Listing()) {
            server.page(1, pageWith(dialect, deep));
            Consumer<ClientBuilder<?>> deepest = limits(DecodeLimits.builder().maxDepth(1000).build());

            List<? extends Lead> once = onHalfMebibyteStack(() ->
                    dialect.read(server, deepest, listing -> listing.stream().toList()));
            List<? extends Lead> again = dialect.read(server, deepest, listing -> listing.stream().toList());

            assertThat(onHalfMebibyteStack(() -> once.equals(again))).isTrue();
            assertThat(onHalfMebibyteStack(once::hashCode)).isEqualTo(again.hashCode());
            assertThat(onHalfMebibyteStack(once::toString)).contains("{\"a\":{\"a\":");
        }
    }

    /** Runs {@code work} on a new thread of 512 KiB of stack and hands back what it returned or threw. */
    private static <T> T onHalfMebibyteStack(Callable<T> work) throws Throwable {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "half-mebibyte-stack", 512 * 1024);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aClientsOwnLimitsReadAPageTheDefaultsRefuse(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.page(1, pageWith(dialect, emptyArrays(500_000)));

            assertThat(read(dialect, server, limits(DecodeLimits.builder().maxTokens(2_000_000).build()))).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aClientShowsItsLimitsInToStringWhenTheyAreNotTheDefaults(DialectFixture dialect) {
        try (var own = dialect.client("https://example.com/api",
                        limits(DecodeLimits.builder().maxTokens(5_000).build()));
                var defaults = dialect.client("https://example.com/api")) {
            assertThat(own.toString()).contains("decodeLimits=DecodeLimits{maxTokens=5000, maxDepth=200,"
                    + " maxStringLength=1000000, maxNumberDigits=1000}");
            assertThat(defaults.toString()).doesNotContain("decodeLimits");
        }
    }
}
