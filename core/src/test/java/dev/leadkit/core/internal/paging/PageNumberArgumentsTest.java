package dev.leadkit.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The argument checks of a listing's page numbers and prefetch window: made at the call, before any fetch. */
class PageNumberArgumentsTest {

    private final ConcurrentLinkedQueue<Integer> fetched = new ConcurrentLinkedQueue<>();
    private final PagedIterable<Integer> listing = new LazyPagedIterable<>((number, cancellation) -> {
        fetched.add(number);
        return Page.of(List.of(number), number, number < 3, 3, 3);
    });

    @Test
    void pageZeroIsRejectedBeforeAnyFetch() {
        assertThatThrownBy(() -> listing.page(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("page number must be 1 or more, got 0");
        assertThat(fetched).isEmpty();
    }

    @Test
    void pageAsyncOfPageZeroIsRejectedAtTheCallBeforeAnyFetch() {
        assertThatThrownBy(() -> listing.pageAsync(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("page number must be 1 or more, got 0");
        assertThat(fetched).isEmpty();
    }

    @Test
    void pageOneCanBeFetchedNowOrAsynchronously() throws Exception {
        assertThat(listing.page(1).items()).containsExactly(1);
        assertThat(listing.pageAsync(1).get(5, TimeUnit.SECONDS).items()).containsExactly(1);
    }

    @Test
    void startingAtPageOneIsTheWholeListing() {
        assertThat(listing.startingAt(1).stream()).containsExactly(1, 2, 3);
    }

    @Test
    void aPrefetchOfOneOrSixtyFourPagesIsAccepted() {
        assertThat(listing.prefetch(1).stream()).containsExactly(1, 2, 3);
        assertThat(listing.prefetch(LazyPagedIterable.MAX_PREFETCH).stream()).containsExactly(1, 2, 3);
    }

    @Test
    void aPrefetchOutsideOneToSixtyFourIsRejectedSayingSo() {
        assertThatThrownBy(() -> listing.prefetch(65))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("prefetch pages must be between 1 and 64, got 65");
        assertThatThrownBy(() -> listing.prefetch(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("prefetch pages must be between 1 and 64, got -1");
    }

    @Test
    void toStringShowsHowTheListingIsRead() {
        assertThat(listing).hasToString("PagedIterable{start=1, prefetch=0, distinctById=false}");
        assertThat(listing.startingAt(4).prefetch(2).distinctById()).hasToString("PagedIterable{start=4, prefetch=2, distinctById=true}");
    }
}
