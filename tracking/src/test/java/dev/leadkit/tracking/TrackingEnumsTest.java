package dev.leadkit.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingEnumsTest {

    @Test
    void legacyWinReadsAsWon() {
        assertThat(TrackingLeadStatus.fromValue("win")).isEqualTo(TrackingLeadStatus.WON);
    }

    @Test
    void statusesReadInAnyCase() {
        assertThat(TrackingLeadStatus.fromValue("QUALIFIED")).isEqualTo(TrackingLeadStatus.QUALIFIED);
    }

    @Test
    void unknownOrMissingStatusReadsAsUnknown() {
        assertThat(TrackingLeadStatus.fromValue("archived")).isEqualTo(TrackingLeadStatus.UNKNOWN);
        assertThat(TrackingLeadStatus.fromValue("")).isEqualTo(TrackingLeadStatus.UNKNOWN);
        assertThat(TrackingLeadStatus.fromValue(null)).isEqualTo(TrackingLeadStatus.UNKNOWN);
    }

    @Test
    void everyDocumentedSourceReads() {
        assertThat(new String[] {"inbound", "gtm", "api", "manual", "wordpress", "import"})
                .allSatisfy(v -> assertThat(TrackingLeadSource.fromValue(v).value()).isEqualTo(v));
        assertThat(TrackingLeadSource.fromValue("zapier")).isEqualTo(TrackingLeadSource.UNKNOWN);
    }

    @Test
    void fieldsReadByWireNameAndLegacyAlias() {
        assertThat(TrackingField.fromWireName("utm_campaign")).isEqualTo(TrackingField.UTM_CAMPAIGN);
        assertThat(TrackingField.fromWireName("updated_at")).isEqualTo(TrackingField.UPDATED_AT);
    }
}
