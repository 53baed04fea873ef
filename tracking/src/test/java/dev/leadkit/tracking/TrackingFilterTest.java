package dev.leadkit.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingFilterTest {

    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void comparisonOnStatusIsRejectedNamingFieldAndOperator() {
        assertThatThrownBy(() -> TrackingFilter.gt(TrackingField.STATUS, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status")
                .hasMessageContaining("[gt]");
    }

    @Test
    void existsOnValueIsRejectedNamingFieldAndOperator() {
        assertThatThrownBy(() -> TrackingFilter.exists(TrackingField.VALUE, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value")
                .hasMessageContaining("[exists]");
    }

    @Test
    void equalityOnAClickIdIsRejected() {
        assertThatThrownBy(() -> TrackingFilter.eq(TrackingField.GCLID, "abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gclid does not support the equality");
    }

    @Test
    void equalityOnADateIsRejected() {
        assertThatThrownBy(() -> TrackingFilter.eq(TrackingField.CREATED_AT, "2026-01-01T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("createdAt");
    }

    @ParameterizedTest
    @EnumSource(value = TrackingField.class, names = {"NAME", "EMAIL", "PHONE", "NOTE", "EXPIRES_AT", "LABEL_ID"})
    void comparisonOnAFieldWithoutItIsRejected(TrackingField field) {
        assertThatThrownBy(() -> TrackingFilter.lte(field, JAN_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field.wireName() + " does not support the [lte] filter");
    }

    @Test
    void anInstantForValueIsRejected() {
        assertThatThrownBy(() -> TrackingFilter.gte(TrackingField.VALUE, JAN_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value[gte] does not take an Instant");
    }

    @Test
    void aNumberForADateIsRejected() {
        assertThatThrownBy(() -> TrackingFilter.gte(TrackingField.CREATED_AT, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("createdAt[gte] does not take a number");
    }

    @Test
    void unknownStatusCannotBeSent() {
        assertThatThrownBy(() -> TrackingFilter.status(TrackingLeadStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
    }

    @Test
    void repeatedStatusIsRejected() {
        assertThatThrownBy(() -> TrackingFilter.status(TrackingLeadStatus.WON, TrackingLeadStatus.WON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("won is given twice");
    }

    @Test
    void unknownSourceCannotBeSent() {
        assertThatThrownBy(() -> TrackingFilter.source(TrackingLeadSource.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
    }

    @Test
    void blankEqualityValueIsRejected() {
        assertThatThrownBy(() -> TrackingFilter.eq(TrackingField.WEBSITE, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("website");
    }

    @Test
    void parseReadsAComparison() {
        assertThat(TrackingFilter.parse("value[gte]", "100")).isEqualTo(TrackingFilter.gte(TrackingField.VALUE, new BigDecimal("100")));
    }

    @Test
    void parseReadsExists() {
        assertThat(TrackingFilter.parse("li_fat_id[exists]", "false")).isEqualTo(TrackingFilter.exists(TrackingField.LI_FAT_ID, false));
    }

    @Test
    void parseReadsSeveralStatusesAndTheLegacyWin() {
        assertThat(TrackingFilter.parse("status", "win,lost"))
                .isEqualTo(TrackingFilter.status(TrackingLeadStatus.WON, TrackingLeadStatus.LOST));
    }

    @Test
    void parseReadsTheLegacyUpdatedAfterAsUpdatedAtGte() {
        TrackingFilter filter = TrackingFilter.parse("updated_after", "2026-01-01T00:00:00Z");
        assertThat(filter).isEqualTo(TrackingFilter.gte(TrackingField.UPDATED_AT, JAN_1));
        assertThat(filter.toString()).isEqualTo("updatedAt[gte]=2026-01-01T00:00:00Z");
    }

    @Test
    void parseRejectsAnUnknownOperator() {
        assertThatThrownBy(() -> TrackingFilter.parse("value[ne]", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[ne]");
    }

    @Test
    void parseRejectsAnUnsupportedOperatorNamingIt() {
        assertThatThrownBy(() -> TrackingFilter.parse("status[gt]", "won"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status does not support the [gt]");
    }

    @Test
    void parseRejectsAnUnreadableDate() {
        assertThatThrownBy(() -> TrackingFilter.parse("createdAt[lt]", "yesterday"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("createdAt");
    }

    @Test
    void parseRejectsAnUnknownField() {
        assertThatThrownBy(() -> TrackingFilter.parse("utm_term", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("utm_term");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1000000000", "1e2147483647", "-1E+1000"})
    void parseRejectsANumberTooLargeToWriteOutNamingTheField(String value) {
        assertThatThrownBy(() -> TrackingFilter.parse("value[gte]", value)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value[gte] takes a number of at most 1000 digits written out, got ");
    }

    @Test
    void equalityRejectsANumberTooLargeToWriteOutNamingTheField() {
        assertThatThrownBy(() -> TrackingFilter.eq(TrackingField.VALUE, new BigDecimal("1e1000000000")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("value takes a number of at most 1000 digits written out, got 1E+1000000000 (1000000001 digits)");
    }

    @Test
    void aSmallNumberWithTooManyZerosWrittenOutIsRejectedToo() {
        assertThatThrownBy(() -> TrackingFilter.lt(TrackingField.VALUE, new BigDecimal("1e-1000")))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("(1001 digits)");
    }

    @Test
    void aNumberOfExactlyAThousandDigitsWrittenOutIsSent() {
        assertThat(TrackingFilter.gte(TrackingField.VALUE, new BigDecimal("1e999")).value()).hasSize(1000);
        assertThat(TrackingFilter.gte(TrackingField.VALUE, new BigDecimal("1e-999")).value()).hasSize(1001)
                .startsWith("0.00");
    }

    @Test
    void textOfMoreDigitsThanAreSentIsRejectedBeforeItIsParsedShowingItsStart() {
        assertThatThrownBy(() -> TrackingFilter.eq(TrackingField.VALUE, "9".repeat(300_000)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("value filter takes a number of at most 1000 digits written out, got " + "9".repeat(40)
                        + "… (300000 digits)");
    }
}
