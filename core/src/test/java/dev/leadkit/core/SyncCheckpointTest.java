package dev.leadkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncCheckpointTest {

    private static final SyncCheckpoint CHECKPOINT = SyncCheckpoint.of("tracking", "3f9a0c6e21b7d845",
            Optional.of(Instant.parse("2026-12-06T10:15:02.120Z")));

    @Test
    void theTextFormNamesTheVersionThePlatformTheQueryAndTheWatermark() {
        assertThat(CHECKPOINT).hasToString("leadkit-sync:1:tracking:3f9a0c6e21b7d845:2026-12-06T10:15:02.120Z");
    }

    @Test
    void theTextFormReadsBackEqual() {
        assertThat(SyncCheckpoint.parse(CHECKPOINT.toString())).isEqualTo(CHECKPOINT).hasSameHashCodeAs(CHECKPOINT);
    }

    @Test
    void aCheckpointWithoutAWatermarkReadsBack() {
        SyncCheckpoint empty = SyncCheckpoint.of("autocalls", "0000000000000000", Optional.empty());

        assertThat(empty).hasToString("leadkit-sync:1:autocalls:0000000000000000:-");
        assertThat(SyncCheckpoint.parse(empty.toString())).isEqualTo(empty);
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(SyncCheckpoint.parse("  " + CHECKPOINT + "\n")).isEqualTo(CHECKPOINT);
    }

    @Test
    void anotherVersionIsRefusedNamingTheOneRead() {
        assertThatThrownBy(() -> SyncCheckpoint.parse("leadkit-sync:2:tracking:3f9a0c6e21b7d845:-"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sync checkpoint version \"2\" is not one this leadkit reads (it reads version 1)");
    }

    @Test
    void textThatIsNotACheckpointIsRefused() {
        assertThatThrownBy(() -> SyncCheckpoint.parse("page=7")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a sync checkpoint");
    }

    @Test
    void aMalformedWatermarkIsRefused() {
        assertThatThrownBy(() -> SyncCheckpoint.parse("leadkit-sync:1:tracking:3f9a0c6e21b7d845:yesterday"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"yesterday\"");
    }

    @Test
    void malformedPartsAreRefusedNamingThem() {
        assertThatThrownBy(() -> SyncCheckpoint.of("Tracking", "3f9a0c6e21b7d845", Optional.empty()))
                .hasMessageStartingWith("platformId must be");
        assertThatThrownBy(() -> SyncCheckpoint.of("tracking", "3F9A", Optional.empty()))
                .hasMessageStartingWith("queryFingerprint must be 16 lower-case hex digits");
    }

    @Test
    void checkpointsDifferByEachPart() {
        assertThat(CHECKPOINT).isNotEqualTo(SyncCheckpoint.of("autocalls", "3f9a0c6e21b7d845", CHECKPOINT.watermark()))
                .isNotEqualTo(SyncCheckpoint.of("tracking", "3f9a0c6e21b7d846", CHECKPOINT.watermark()))
                .isNotEqualTo(SyncCheckpoint.of("tracking", "3f9a0c6e21b7d845", Optional.empty()));
    }
}
