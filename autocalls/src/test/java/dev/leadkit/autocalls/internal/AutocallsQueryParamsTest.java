package dev.leadkit.autocalls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.autocalls.AutocallsLeadStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AutocallsQueryParamsTest {

    @Test
    void everyFilterMapsToItsDocumentedParameter() {
        AutocallsLeadQuery query = AutocallsLeadQuery.builder()
                .status(AutocallsLeadStatus.REACHED_MAX_RETRIES)
                .campaignId(42)
                .phoneNumber("+1415")
                .dateFrom(LocalDate.of(2025, 6, 1))
                .dateTo(LocalDate.of(2025, 6, 30))
                .perPage(100)
                .build();

        assertThat(AutocallsQueryParams.of(query, 3).encoded()).isEqualTo(
                "status=reached-max-retries&campaign_id=42&phone_number=%2B1415&date_from=2025-06-01&date_to=2025-06-30&per_page=100&page=3");
    }

    @Test
    void emptyQuerySendsTheLargestPageSizeAndThePage() {
        assertThat(AutocallsQueryParams.of(AutocallsLeadQuery.all(), 1).encoded()).isEqualTo("per_page=100&page=1");
    }

    @Test
    void phoneFilterWithReservedAndNonAsciiCharactersIsPercentEncoded() {
        AutocallsLeadQuery query = AutocallsLeadQuery.builder().phoneNumber("+1 (415) & #5=ü%").build();

        assertThat(AutocallsQueryParams.of(query, 1).encoded())
                .isEqualTo("phone_number=%2B1%20%28415%29%20%26%20%235%3D%C3%BC%25&per_page=100&page=1");
    }
}
