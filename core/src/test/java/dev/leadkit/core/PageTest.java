package dev.leadkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final Page<String> PAGE = Page.of(List.of("a", "b"), 2, true, 10, 5);

    @Test
    void aPageHoldsWhatTheVendorSaid() {
        assertThat(PAGE.items()).containsExactly("a", "b");
        assertThat(PAGE.number()).isEqualTo(2);
        assertThat(PAGE.hasNext()).isTrue();
        assertThat(PAGE.totalItems()).hasValue(10);
        assertThat(PAGE.totalPages()).hasValue(5);
    }

    @Test
    void optionalTotalsMayBeAbsentOrZero() {
        Page<String> page = Page.of(List.of(), 1, false, OptionalLong.empty(), OptionalLong.of(0));

        assertThat(page.totalItems()).isEmpty();
        assertThat(page.totalPages()).hasValue(0);
    }

    @Test
    void aPageWithoutTotalsHasNone() {
        Page<String> page = Page.withoutTotals(List.of("a"), 3, false);

        assertThat(page.totalItems()).isEmpty();
        assertThat(page.totalPages()).isEmpty();
        assertThat(page.number()).isEqualTo(3);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void pageOneIsTheFirst() {
        assertThat(Page.withoutTotals(List.of(), 1, false).number()).isEqualTo(1);
    }

    @Test
    void aNumberBelowOneIsRejected() {
        assertThatThrownBy(() -> Page.withoutTotals(List.of(), 0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("number must be 1 or more, got 0");
        assertThatThrownBy(() -> Page.of(List.of(), -1, false, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("number must be 1 or more, got -1");
    }

    @Test
    void aNegativeTotalIsRejectedNamingIt() {
        assertThatThrownBy(() -> Page.of(List.of(), 1, false, -1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("totalItems must be 0 or more, got -1");
        assertThatThrownBy(() -> Page.of(List.of(), 1, false, 1, -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("totalPages must be 0 or more, got -2");
    }

    @Test
    void aNullTotalIsRejectedNamingIt() {
        assertThatThrownBy(() -> Page.of(List.of(), 1, false, null, OptionalLong.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("totalItems");
        assertThatThrownBy(() -> Page.of(List.of(), 1, false, OptionalLong.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("totalPages");
    }

    @Test
    void theItemsAreCopiedAndCannotBeChanged() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = Page.withoutTotals(items, 1, false);
        items.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullItemIsRejected() {
        assertThatThrownBy(() -> Page.withoutTotals(Arrays.asList("a", null), 1, false)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void withItemsKeepsEverythingButTheItems() {
        Page<String> filtered = PAGE.withItems(List.of("b"));

        assertThat(filtered).isEqualTo(Page.of(List.of("b"), 2, true, 10, 5));
        assertThat(PAGE.items()).containsExactly("a", "b");
    }

    @Test
    void pagesWithTheSameContentAreEqualWithTheSameHashCode() {
        Page<String> same = Page.of(new ArrayList<>(List.of("a", "b")), 2, true, OptionalLong.of(10), OptionalLong.of(5));

        assertThat(same).isEqualTo(PAGE).hasSameHashCodeAs(PAGE);
        assertThat(PAGE).isEqualTo(PAGE);
    }

    @Test
    void pagesDifferingInAnythingAreNotEqual() {
        assertThat(PAGE).isNotEqualTo(Page.of(List.of("a"), 2, true, 10, 5))
                .isNotEqualTo(Page.of(List.of("a", "b"), 3, true, 10, 5))
                .isNotEqualTo(Page.of(List.of("a", "b"), 2, false, 10, 5))
                .isNotEqualTo(Page.of(List.of("a", "b"), 2, true, 11, 5))
                .isNotEqualTo(Page.of(List.of("a", "b"), 2, true, 10, 6))
                .isNotEqualTo(Page.of(List.of("a", "b"), 2, true, OptionalLong.empty(), OptionalLong.of(5)))
                .isNotEqualTo(List.of("a", "b"))
                .isNotEqualTo(null);
    }

    @Test
    void toStringShowsTheNumberTheCountAndWhatTheVendorSaid() {
        assertThat(PAGE).hasToString("Page{number=2, items=2, hasNext=true, totalItems=10, totalPages=5}");
        assertThat(Page.withoutTotals(List.of(), 1, false)).hasToString("Page{number=1, items=0, hasNext=false}");
        assertThat(Page.of(List.of(), 1, false, OptionalLong.empty(), OptionalLong.of(0)))
                .hasToString("Page{number=1, items=0, hasNext=false, totalPages=0}");
    }
}
