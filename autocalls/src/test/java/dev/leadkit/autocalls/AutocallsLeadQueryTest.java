package dev.leadkit.autocalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AutocallsLeadQueryTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void perPageOutsideOneToHundredIsRejectedNamingIt(int perPage) {
        assertThatThrownBy(() -> AutocallsLeadQuery.builder().perPage(perPage).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("perPage")
                .hasMessageContaining("between 1 and 100");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void perPageBoundsAreAccepted(int perPage) {
        assertThat(AutocallsLeadQuery.builder().perPage(perPage).build().perPage()).hasValue(perPage);
    }

    @Test
    void dateFromAfterDateToIsRejectedNamingBoth() {
        assertThatThrownBy(() -> AutocallsLeadQuery.builder()
                .dateFrom(LocalDate.of(2025, 7, 1)).dateTo(LocalDate.of(2025, 6, 30)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dateFrom")
                .hasMessageContaining("dateTo");
    }

    @Test
    void sameDayRangeIsAccepted() {
        LocalDate day = LocalDate.of(2025, 6, 30);

        assertThat(AutocallsLeadQuery.builder().dateFrom(day).dateTo(day).build().dateFrom()).hasValue(day);
    }

    @Test
    void nonPositiveCampaignIdIsRejected() {
        assertThatThrownBy(() -> AutocallsLeadQuery.builder().campaignId(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("campaignId");
    }

    @Test
    void blankPhoneNumberIsRejected() {
        assertThatThrownBy(() -> AutocallsLeadQuery.builder().phoneNumber(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phoneNumber");
    }

    @Test
    void unknownStatusCannotBeSent() {
        assertThatThrownBy(() -> AutocallsLeadQuery.builder().status(AutocallsLeadStatus.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status");
    }

    @Test
    void nullFilterIsRejectedAtTheSetter() {
        assertThatThrownBy(() -> AutocallsLeadQuery.builder().phoneNumber((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("phoneNumber");
    }
}
