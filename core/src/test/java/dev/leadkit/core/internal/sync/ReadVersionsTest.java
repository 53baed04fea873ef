package dev.leadkit.core.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadVersionsTest {

    @Test
    void aLeadIsNewOnceAndAgainOnlyInANewerVersion() {
        ReadVersions versions = new ReadVersions();

        assertThat(versions.putIfNewer("a", 10)).isTrue();
        assertThat(versions.putIfNewer("a", 10)).isFalse();
        assertThat(versions.putIfNewer("a", 9)).isFalse();
        assertThat(versions.putIfNewer("a", 11)).isTrue();
        assertThat(versions.size()).isEqualTo(1);
    }

    @Test
    void aLeadWithoutAnUpdateTimeIsNewOnce() {
        ReadVersions versions = new ReadVersions();

        assertThat(versions.putIfNewer("a", Long.MIN_VALUE)).isTrue();
        assertThat(versions.putIfNewer("a", Long.MIN_VALUE)).isFalse();
    }

    @Test
    void manyIdsAreCountedAcrossGrowth() {
        ReadVersions versions = new ReadVersions();
        for (int i = 0; i < 100_000; i++) {
            versions.putIfNewer("lead-" + i, i);
        }
        for (int i = 0; i < 100_000; i++) {
            assertThat(versions.putIfNewer("lead-" + i, i)).isFalse();
        }

        assertThat(versions.size()).isEqualTo(100_000);
    }

    @Test
    void clearForgetsEveryId() {
        ReadVersions versions = new ReadVersions();
        versions.putIfNewer("a", 1);
        versions.clear();

        assertThat(versions.size()).isZero();
        assertThat(versions.putIfNewer("a", 1)).isTrue();
    }
}
