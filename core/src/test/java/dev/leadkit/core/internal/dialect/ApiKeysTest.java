package dev.leadkit.core.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a key must be to go out as a header, at each bound; messages that never hold the key. */
class ApiKeysTest {

    @Test
    void everyVisibleAsciiCharacterIsAccepted() {
        StringBuilder visible = new StringBuilder();
        for (char c = 0x21; c <= 0x7e; c++) {
            visible.append(c);
        }

        assertThat(ApiKeys.requireSendable(visible.toString())).isEqualTo(visible.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x7f, 0x80, 0xa0, 0x200b, 0xfeff, 0x1f511})
    void aCharacterJustOutsideVisibleAsciiIsRefusedNamingItsCodePoint(int codePoint) {
        String key = "Kq2" + Character.toString(codePoint) + "SECRET";

        assertThatThrownBy(() -> ApiKeys.requireSendable(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("apiKey has a character that cannot be sent in an HTTP header, U+"
                        + String.format("%04X", codePoint))
                .hasMessageContaining(", at position 4 of 10:")
                .hasMessageNotContaining("SECRET").hasMessageNotContaining("Kq2");
    }

    @Test
    void positionsCountCodePointsNotChars() {
        assertThatThrownBy(() -> ApiKeys.requireSendable("ab\ud83d\udd11c\u00a0"))
                .hasMessageContaining("U+1F511 (KEY), at position 3 of 5");
    }

    @Test
    void aKeyOf4096CharactersIsAcceptedAndOneMoreIsNot() {
        assertThat(ApiKeys.requireSendable("k".repeat(4096))).hasSize(4096);
        assertThatThrownBy(() -> ApiKeys.requireSendable("k".repeat(4097)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("apiKey must be at most 4096 characters, got 4097");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc", "bearer abc", "BEARER abc"})
    void theBearerSchemeInFrontIsRefused(String key) {
        assertThatThrownBy(() -> ApiKeys.requireSendable(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiKey must be the key alone: leadkit writes the \"Bearer \" before it");
    }

    @Test
    void aKeyThatMerelyStartsWithBearerIsAccepted() {
        assertThat(ApiKeys.requireSendable("Bearer_abc")).isEqualTo("Bearer_abc");
        assertThat(ApiKeys.requireSendable("Bearerabc")).isEqualTo("Bearerabc");
    }
}
