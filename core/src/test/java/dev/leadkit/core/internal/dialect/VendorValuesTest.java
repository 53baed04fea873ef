package dev.leadkit.core.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Objects;
import org.junit.jupiter.api.Test;

class VendorValuesTest {

    /** A dialect's enum; its UNKNOWN has no wire string at all, so reading it would fail. */
    enum Status {
        UNKNOWN(null),
        NEW("new"),
        IN_PROGRESS("in-progress");

        private final String value;

        Status(String value) {
            this.value = value;
        }

        String value() {
            return Objects.requireNonNull(value, "UNKNOWN has no wire string");
        }

        static Status fromValue(String value) {
            return VendorValues.lookup(values(), Status::value, UNKNOWN, value);
        }
    }

    @Test
    void aVendorStringFindsItsMember() {
        assertThat(Status.fromValue("new")).isEqualTo(Status.NEW);
        assertThat(Status.fromValue("in-progress")).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void caseAndSurroundingWhitespaceDoNotMatter() {
        assertThat(Status.fromValue(" In-Progress\t")).isEqualTo(Status.IN_PROGRESS);
        assertThat(Status.fromValue("NEW")).isEqualTo(Status.NEW);
    }

    @Test
    void anUnknownStringNullAndTheEmptyStringAreUnknown() {
        assertThat(Status.fromValue("archived")).isEqualTo(Status.UNKNOWN);
        assertThat(Status.fromValue(null)).isEqualTo(Status.UNKNOWN);
        assertThat(Status.fromValue("")).isEqualTo(Status.UNKNOWN);
        assertThat(Status.fromValue("in progress")).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void requireSendableHandsBackAKnownMember() {
        assertThat(VendorValues.requireSendable("status", Status.NEW, Status.UNKNOWN)).isEqualTo(Status.NEW);
    }

    @Test
    void requireSendableRejectsUnknownNamingTheParameter() {
        assertThatThrownBy(() -> VendorValues.requireSendable("status", Status.UNKNOWN, Status.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be one of the documented values; UNKNOWN only reads what this SDK does not know,"
                        + " and cannot be sent");
    }
}
