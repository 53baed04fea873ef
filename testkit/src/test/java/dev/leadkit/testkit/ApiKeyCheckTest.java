package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.tracking.TrackingClient;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * An API key that cannot go out as an HTTP header is refused when it is set, with a message that says
 * where the wrong character is and never holds the key; a key of any visible ASCII is sent exactly.
 */
class ApiKeyCheckTest {

    /** The key's secret part: no message may contain it, nor the parts around the wrong character. */
    private static final String BEFORE = "7|Kq2SECRETpart";
    private static final String AFTER = "Zx9tailSECRET";

    static Stream<Arguments> unsendable() {
        return Stream.of(
                Arguments.of("a pasted non-breaking space", "\u00a0", "U+00A0 (NO-BREAK SPACE)"),
                Arguments.of("a zero-width space", "\u200b", "U+200B (ZERO WIDTH SPACE)"),
                Arguments.of("a byte-order mark", "\ufeff", "U+FEFF (ZERO WIDTH NO-BREAK SPACE)"),
                Arguments.of("a line feed", "\n", "U+000A (LINE FEED (LF))"),
                Arguments.of("a carriage return and line feed", "\r\n", "U+000D (CARRIAGE RETURN (CR))"),
                Arguments.of("a tab", "\t", "U+0009 (CHARACTER TABULATION)"),
                Arguments.of("a space", " ", "U+0020 (SPACE)"),
                Arguments.of("a typographic quote", "\u2019", "U+2019 (RIGHT SINGLE QUOTATION MARK)"),
                Arguments.of("a letter outside ASCII", "\u00e9", "U+00E9 (LATIN SMALL LETTER E WITH ACUTE)"),
                Arguments.of("an emoji", "\ud83d\udd11", "U+1F511 (KEY)"),
                Arguments.of("a NUL", "\u0000", "U+0000 (NULL)"),
                Arguments.of("DEL", "\u007f", "U+007F (DELETE)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsendable")
    void aKeyWithACharacterThatCannotBeSentIsRefusedNamingItsPositionAndCodePoint(String what, String inserted,
            String named) {
        String key = BEFORE + inserted + AFTER;

        assertThatThrownBy(() -> AutocallsClient.builder().apiKey(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("apiKey has a character that cannot be sent in an HTTP header, " + named
                        + ", at position " + (BEFORE.length() + 1) + " of ")
                .hasMessageContaining("visible ASCII only")
                .hasMessageNotContaining("SECRET").hasMessageNotContaining(BEFORE).hasMessageNotContaining(AFTER);
    }

    @Test
    void theClientOfEveryVendorChecksItsKey() {
        String key = BEFORE + "\u00a0" + AFTER;

        assertThatThrownBy(() -> OrgLeadsClient.builder().apiKey(key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+00A0").hasMessageNotContaining("SECRET");
        assertThatThrownBy(() -> TrackingClient.builder().apiKey(key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+00A0").hasMessageNotContaining("SECRET");
    }

    @Test
    void aKeyReadFromTheEnvironmentIsCheckedAndTheVariableNamed() {
        Map<String, String> environment = Map.of("TRACKING_API_KEY", BEFORE + "\u200b" + AFTER);

        assertThatThrownBy(() -> TrackingClient.builder().fromEnvironment(environment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("TRACKING_API_KEY: apiKey has a character that cannot be sent")
                .hasMessageContaining("U+200B").hasMessageNotContaining("SECRET");
    }

    @Test
    void surroundingWhitespaceIsDroppedNotRefused() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(1).start();
                AutocallsClient client = AutocallsClient.builder().apiKey(" \t" + sandbox.apiKey() + "\n")
                        .baseUrl(sandbox.baseUrl()).build()) {
            assertThat(client.leads().list().stream().count()).isEqualTo(1);
        }
    }

    @Test
    void aKeyWithTheBearerSchemeInFrontIsRefused() {
        assertThatThrownBy(() -> AutocallsClient.builder().apiKey("Bearer " + BEFORE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiKey must be the key alone: leadkit writes the \"Bearer \" before it");
        assertThatThrownBy(() -> AutocallsClient.builder().apiKey("bearer " + BEFORE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("SECRET");
    }

    @Test
    void aKeyLongerThan4096CharactersIsRefusedWithoutShowingIt() {
        String key = "k".repeat(4097);

        assertThatThrownBy(() -> AutocallsClient.builder().apiKey(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiKey must be at most 4096 characters, got 4097");
    }

    @Test
    void aKeyOfEveryVisibleAsciiCharacterIsSentExactly() {
        StringBuilder visible = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            visible.append(c);
        }
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(1).apiKey(visible.toString()).start();
                OrgLeadsClient client = OrgLeadsClient.builder().apiKey(visible.toString()).baseUrl(sandbox.baseUrl())
                        .build()) {
            assertThat(client.leads().list().stream().count()).isEqualTo(1);
            assertThat(sandbox.requests()).hasSize(1);
        }
    }

    @Test
    void a4096CharacterKeyIsSent() {
        String key = "k".repeat(4096);
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(1).apiKey(key).start();
                TrackingClient client = TrackingClient.builder().apiKey(key).baseUrl(sandbox.baseUrl()).build()) {
            assertThat(client.leads().list().stream().count()).isEqualTo(1);
        }
    }
}
