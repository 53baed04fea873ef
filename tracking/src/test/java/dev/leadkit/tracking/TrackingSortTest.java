package dev.leadkit.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TrackingSortTest {

    @Test
    void sortOnANonSortableFieldIsRejectedNamingIt() {
        assertThatThrownBy(() -> TrackingSort.asc(TrackingField.PHONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sort on phone is not supported")
                .hasMessageContaining("createdAt, updatedAt, qualifiedAt");
    }

    @Test
    void exactlyTheDocumentedFieldsAreSortable() {
        assertThat(Arrays.stream(TrackingField.values()).filter(TrackingField::sortable).map(TrackingField::wireName))
                .containsExactlyInAnyOrder("createdAt", "updatedAt", "qualifiedAt", "value", "name", "email", "status");
    }

    @Test
    void parseReadsFieldAndDirection() {
        assertThat(TrackingSort.parse("value:asc")).isEqualTo(TrackingSort.asc(TrackingField.VALUE));
    }

    @Test
    void parseReadsTheLegacyUpdatedAtAsUpdatedAt() {
        TrackingSort sort = TrackingSort.parse("updated_at:desc");
        assertThat(sort).isEqualTo(TrackingSort.desc(TrackingField.UPDATED_AT));
        assertThat(sort.toString()).isEqualTo("updatedAt:desc");
    }

    @Test
    void parseAllReadsCommaSeparatedKeys() {
        assertThat(TrackingSort.parseAll("createdAt:desc,value:asc"))
                .containsExactly(TrackingSort.desc(TrackingField.CREATED_AT), TrackingSort.asc(TrackingField.VALUE));
    }

    @Test
    void parseRejectsAMissingDirection() {
        assertThatThrownBy(() -> TrackingSort.parse("createdAt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field:direction");
    }

    @Test
    void parseRejectsAnUnknownDirection() {
        assertThatThrownBy(() -> TrackingSort.parse("createdAt:up"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asc or desc");
    }
}
