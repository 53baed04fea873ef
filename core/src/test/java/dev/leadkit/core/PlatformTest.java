package dev.leadkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformTest {

    @ParameterizedTest
    @ValueSource(strings = {"autocalls", "a", "nexus-erp", "v2", "a-1-b"})
    void anIdOfLowerCaseLettersDigitsAndDashesStartingWithALetterIsAccepted(String id) {
        assertThat(new Platform(id, "Vendor").id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Autocalls", "2fa", "-x", "nexus_erp", "nexus erp", "a.b", "é"})
    void anyOtherIdIsRejectedShowingIt(String id) {
        assertThatThrownBy(() -> new Platform(id, "Vendor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be lower-case letters, digits and '-', starting with a letter, got: " + id);
    }

    @Test
    void aBlankNameIsRejected() {
        assertThatThrownBy(() -> new Platform("x", " ")).isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank");
        assertThatThrownBy(() -> new Platform("x", "")).isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank");
    }

    @Test
    void nullsAreRejectedNamingThePart() {
        assertThatThrownBy(() -> new Platform(null, "Vendor")).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> new Platform("x", null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void toStringIsTheNameForPeople() {
        assertThat(new Platform("orgleads", "Nexus ERP")).hasToString("Nexus ERP");
    }

    @Test
    void platformsAreEqualByIdAndName() {
        assertThat(new Platform("x", "X")).isEqualTo(new Platform("x", "X")).isNotEqualTo(new Platform("x", "Y"));
    }
}
