package dev.leadkit.core.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.Page;
import dev.leadkit.core.internal.json.MalformedBodyException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PaginationTest {

    private static final List<String> ITEMS = List.of("a", "b");

    private static PageSignals signals(Optional<Boolean> hasMore, OptionalLong totalPages, OptionalLong answeredPage) {
        return new PageSignals(hasMore, OptionalLong.of(7), totalPages, answeredPage);
    }

    @Test
    void theVendorsMoreFlagSaysWhetherAnotherPageFollows() {
        assertThat(Pagination.page(ITEMS, signals(Optional.of(true), OptionalLong.empty(), OptionalLong.empty()), 3).hasNext()).isTrue();
        assertThat(Pagination.page(ITEMS, signals(Optional.of(false), OptionalLong.empty(), OptionalLong.empty()), 3).hasNext()).isFalse();
    }

    @Test
    void theMoreFlagWinsOverThePageCount() {
        assertThat(Pagination.page(ITEMS, signals(Optional.of(true), OptionalLong.of(1), OptionalLong.empty()), 1).hasNext()).isTrue();
        assertThat(Pagination.page(ITEMS, signals(Optional.of(false), OptionalLong.of(5), OptionalLong.empty()), 1).hasNext()).isFalse();
    }

    @Test
    void withoutAFlagAPageBeforeTheLastHasANext() {
        assertThat(Pagination.page(ITEMS, signals(Optional.empty(), OptionalLong.of(3), OptionalLong.empty()), 2).hasNext()).isTrue();
    }

    @Test
    void withoutAFlagTheLastPageAndAnyAfterItHaveNone() {
        assertThat(Pagination.page(ITEMS, signals(Optional.empty(), OptionalLong.of(3), OptionalLong.empty()), 3).hasNext()).isFalse();
        assertThat(Pagination.page(List.of(), signals(Optional.empty(), OptionalLong.of(3), OptionalLong.empty()), 4).hasNext()).isFalse();
        assertThat(Pagination.page(List.of(), signals(Optional.empty(), OptionalLong.of(0), OptionalLong.empty()), 1).hasNext()).isFalse();
    }

    @Test
    void aPageThatSaysNeitherFails() {
        assertThatThrownBy(() -> Pagination.page(ITEMS, signals(Optional.empty(), OptionalLong.empty(), OptionalLong.empty()), 1))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("the page says neither whether another page follows nor how many pages there are");
    }

    @Test
    void aPageTheServerSaysIsAnotherFails() {
        assertThatThrownBy(() -> Pagination.page(ITEMS, signals(Optional.of(true), OptionalLong.empty(), OptionalLong.of(1)), 2))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("page 2 was requested but the server says it answered page 1");
    }

    @Test
    void aPageTheServerSaysItAnsweredReads() {
        Page<String> page = Pagination.page(ITEMS, signals(Optional.of(true), OptionalLong.empty(), OptionalLong.of(2)), 2);

        assertThat(page.number()).isEqualTo(2);
        assertThat(page.items()).isEqualTo(ITEMS);
    }

    @Test
    void theVendorsTotalsAreThePages() {
        Page<String> page = Pagination.page(ITEMS, signals(Optional.empty(), OptionalLong.of(4), OptionalLong.empty()), 1);

        assertThat(page.totalItems()).hasValue(7);
        assertThat(page.totalPages()).hasValue(4);
        assertThat(page.items()).containsExactly("a", "b");
    }

    @Test
    void absentTotalsStayAbsent() {
        Page<String> page = Pagination.page(ITEMS, new PageSignals(Optional.of(false), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty()), 1);

        assertThat(page.totalItems()).isEmpty();
        assertThat(page.totalPages()).isEmpty();
    }

    @Test
    void theWholeListingIsPageOneOfOneHoldingEveryItem() {
        Page<String> page = Pagination.wholeListing(ITEMS, 1);

        assertThat(page).isEqualTo(Page.of(ITEMS, 1, false, 2, 1));
    }

    @Test
    void aLaterPageOfTheWholeListingIsEmptyWithTheSameTotals() {
        Page<String> page = Pagination.wholeListing(ITEMS, 2);

        assertThat(page).isEqualTo(Page.of(List.of(), 2, false, 2, 1));
    }

    @Test
    void signalsRejectNulls() {
        assertThatThrownBy(() -> new PageSignals(null, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("hasMore");
        assertThatThrownBy(() -> new PageSignals(Optional.empty(), null, OptionalLong.empty(), OptionalLong.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("totalItems");
        assertThatThrownBy(() -> new PageSignals(Optional.empty(), OptionalLong.empty(), null, OptionalLong.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("totalPages");
        assertThatThrownBy(() -> new PageSignals(Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("answeredPage");
    }
}
