package dev.leadkit.orgleads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrgLeadQueryTest {

    @Test
    void pageSizeZeroIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> OrgLeadQuery.builder().pageSize(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pageSize must be between 1 and 100, got 0");
    }

    @Test
    void pageSizeAboveOneHundredIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> OrgLeadQuery.builder().pageSize(101).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pageSize must be between 1 and 100, got 101");
    }

    @Test
    void pageSizeBoundsAreAccepted() {
        assertThat(OrgLeadQuery.builder().pageSize(1).build().pageSize()).hasValue(1);
        assertThat(OrgLeadQuery.builder().pageSize(100).build().pageSize()).hasValue(100);
    }

    @Test
    void assignedToIdAndUnassignedTogetherAreRejected() {
        assertThatThrownBy(() -> OrgLeadQuery.builder().assignedToId("65e0").unassigned().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assignedToId")
                .hasMessageContaining("unassigned()");
    }

    @Test
    void assignedToIdOfTheLiteralUnassignedPointsToUnassigned() {
        assertThatThrownBy(() -> OrgLeadQuery.builder().assignedToId("Unassigned").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assignedToId")
                .hasMessageContaining("call unassigned()");
    }

    @Test
    void blankAssignedToIdIsRejected() {
        assertThatThrownBy(() -> OrgLeadQuery.builder().assignedToId(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assignedToId");
    }

    @Test
    void blankSearchIsRejected() {
        assertThatThrownBy(() -> OrgLeadQuery.builder().search("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("search");
    }

    @Test
    void unknownStatusCannotBeSent() {
        assertThatThrownBy(() -> OrgLeadQuery.builder().status(OrgLeadStatus.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status");
    }

    @Test
    void emptyQueryHasNoFilters() {
        OrgLeadQuery all = OrgLeadQuery.all();

        assertThat(all.status()).isEmpty();
        assertThat(all.search()).isEmpty();
        assertThat(all.assignedToId()).isEmpty();
        assertThat(all.unassigned()).isFalse();
        assertThat(all.pageSize()).isEmpty();
    }
}
