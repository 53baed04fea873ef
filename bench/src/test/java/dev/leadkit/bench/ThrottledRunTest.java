package dev.leadkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.leadkit.testkit.SandboxRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The throttled listing measures what it says: its floor, its count of 429s a window, and a small read that
 * gets every lead. Nothing here asserts on time.
 */
class ThrottledRunTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void theFloorIsTheWindowsBeforeTheLast() {
        assertThat(ThrottledRun.floor(28, 3, SECOND)).isEqualTo(Duration.ofSeconds(9)); // 10 windows
        assertThat(ThrottledRun.floor(30, 3, SECOND)).isEqualTo(Duration.ofSeconds(9)); // 10, the last full
        assertThat(ThrottledRun.floor(31, 3, SECOND)).isEqualTo(Duration.ofSeconds(10));
        assertThat(ThrottledRun.floor(36, 6, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(10));
        assertThat(ThrottledRun.floor(36, 3, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(22));
        assertThat(ThrottledRun.floor(4, 3, Duration.ofMillis(1_500))).isEqualTo(Duration.ofMillis(1_500));
    }

    @Test
    void aListingThatFitsOneWindowHasNoFloor() {
        assertThat(ThrottledRun.floor(3, 3, SECOND)).isZero();
        assertThat(ThrottledRun.floor(1, 3, SECOND)).isZero();
    }

    @Test
    void theFloorTakesOnlyWhatItIsDefinedFor() {
        assertThatIllegalArgumentException().isThrownBy(() -> ThrottledRun.floor(0, 3, SECOND));
        assertThatIllegalArgumentException().isThrownBy(() -> ThrottledRun.floor(3, 0, SECOND));
        assertThatIllegalArgumentException().isThrownBy(() -> ThrottledRun.floor(3, 3, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> ThrottledRun.floor(3, 3, Duration.ofSeconds(-1)));
    }

    @Test
    void theMost429sOfAWindowAreTheLongestRunOfThem() {
        assertThat(ThrottledRun.most429sInAWindow(requests())).isZero();
        assertThat(ThrottledRun.most429sInAWindow(requests(200, 200, 200))).isZero();
        assertThat(ThrottledRun.most429sInAWindow(requests(200, 200, 200, 429, 200, 200, 200, 429))).isEqualTo(1);
        assertThat(ThrottledRun.most429sInAWindow(requests(200, 429, 429, 200, 429, 429, 429, 200))).isEqualTo(3);
    }

    @Test
    void theMost429sOfAPageCountEveryRepeatOfItsRequest() {
        assertThat(ThrottledRun.most429sForAPage(requests(200, 200))).isZero();
        // pages 1 to 8 in order: pages 4 and 8 met one 429 each
        assertThat(ThrottledRun.most429sForAPage(requests(200, 200, 200, 429, 200, 200, 200, 429))).isEqualTo(1);
        List<SandboxRequest> repeated = List.of(request(1, 1, 200), request(2, 2, 429), request(3, 3, 429),
                request(4, 2, 429), request(5, 2, 200), request(6, 3, 200));
        assertThat(ThrottledRun.most429sForAPage(repeated)).isEqualTo(2);
    }

    @Test
    void aSmallThrottledReadGetsEveryLeadAndCountsEveryRequest() {
        // four pages at three a second: one wait of at most a second
        ThrottledRun.Result result = ThrottledRun.read(ThrottledRun.Vendor.AUTOCALLS, 4, 3, SECOND, 0, false);

        assertThat(result.failure()).isEmpty();
        assertThat(result.leads()).isEqualTo(400);
        assertThat(result.requests()).as("a request a page, and the 429s").isEqualTo(4 + result.throttled());
        assertThat(result.throttled()).as("sequential: at most the probe of the spent window").isLessThanOrEqualTo(1);
        assertThat(result.mostInWindow()).isEqualTo(result.throttled());
        assertThat(result.mostForPage()).isEqualTo(result.throttled());
        assertThat(ThrottledRun.row(ThrottledRun.Vendor.AUTOCALLS, 4, 3, SECOND, 0, false, result))
                .startsWith("5. throttled 3/1s, Autocalls 4 pages, sequential")
                .contains("wall ", "floor ", result.requests() + " requests");
    }

    @Test
    void aClientsOwnLimitReadsAVendorWithoutRateLimitHeaders() {
        ThrottledRun.Result result = ThrottledRun.read(ThrottledRun.Vendor.NEXUS_ERP, 4, 3, SECOND, 4, true);

        assertThat(result.failure()).isEmpty();
        assertThat(result.leads()).isEqualTo(400);
        assertThat(result.requests()).isEqualTo(4 + result.throttled());
    }

    /** Requests for pages 1, 2, 3, ... in order, with these statuses. */
    private static List<SandboxRequest> requests(int... statuses) {
        return IntStream.range(0, statuses.length).mapToObj(i -> request(i + 1, i + 1, statuses[i])).toList();
    }

    private static SandboxRequest request(int index, int page, int status) {
        return new SandboxRequest(index, "GET", "/api/user/leads", "/api/user/leads?page=" + page,
                Map.of("page", List.of(Integer.toString(page))), Map.of(), status, Optional.empty());
    }
}
