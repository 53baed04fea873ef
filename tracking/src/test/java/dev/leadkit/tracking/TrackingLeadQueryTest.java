package dev.leadkit.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingLeadQueryTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void limitOutsideOneToHundredIsRejected(int limit) {
        assertThatThrownBy(() -> TrackingLeadQuery.builder().limit(limit).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 100, got " + limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void limitAtTheBoundsIsAccepted(int limit) {
        assertThat(TrackingLeadQuery.builder().limit(limit).build().limit()).hasValue(limit);
    }

    @Test
    void duplicateSortFieldIsRejected() {
        assertThatThrownBy(() -> TrackingLeadQuery.builder()
                .sort(TrackingSort.desc(TrackingField.VALUE), TrackingSort.asc(TrackingField.VALUE)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sort on value is given twice");
    }

    @Test
    void sameFilterParameterTwiceIsRejected() {
        assertThatThrownBy(() -> TrackingLeadQuery.builder()
                .filter(TrackingFilter.gte(TrackingField.VALUE, BigDecimal.ONE))
                .filter(TrackingFilter.gte(TrackingField.VALUE, BigDecimal.TEN)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value[gte] is given twice");
    }

    @Test
    void statusCalledTwiceIsRejectedWithAHint() {
        assertThatThrownBy(() -> TrackingLeadQuery.builder()
                .status(TrackingLeadStatus.WON).status(TrackingLeadStatus.LOST).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status is given twice")
                .hasMessageContaining("one status(...) call");
    }

    @Test
    void updatedAfterAndUpdatedAtGteTogetherAreRejected() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThatThrownBy(() -> TrackingLeadQuery.builder().updatedAfter(t)
                .filter(TrackingFilter.gte(TrackingField.UPDATED_AT, t)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("updatedAt[gte] is given twice");
    }

    @Test
    void rangeOnOneFieldIsAccepted() {
        TrackingLeadQuery query = TrackingLeadQuery.builder()
                .filter(TrackingFilter.gte(TrackingField.VALUE, BigDecimal.ONE))
                .filter(TrackingFilter.lt(TrackingField.VALUE, BigDecimal.TEN))
                .build();
        assertThat(query.filters()).hasSize(2);
    }

    @Test
    void blankSearchIsRejected() {
        assertThatThrownBy(() -> TrackingLeadQuery.builder().search("  ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("search must not be blank");
    }

    @Test
    void sortReplacesEarlierSortKeys() {
        TrackingLeadQuery query = TrackingLeadQuery.builder()
                .sort(TrackingSort.desc(TrackingField.VALUE))
                .sort(TrackingSort.asc(TrackingField.NAME))
                .build();
        assertThat(query.sort()).containsExactly(TrackingSort.asc(TrackingField.NAME));
    }
}
