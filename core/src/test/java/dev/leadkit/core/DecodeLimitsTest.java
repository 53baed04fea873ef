package dev.leadkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The limits' defaults, the builder's checks and messages, and value semantics. */
class DecodeLimitsTest {

    @Test
    void theDefaultsAreAMillionTokens200LevelsAndAMillionCharacters() {
        DecodeLimits defaults = DecodeLimits.defaults();

        assertThat(defaults.maxTokens()).isEqualTo(1_000_000L).isEqualTo(DecodeLimits.DEFAULT_MAX_TOKENS);
        assertThat(defaults.maxDepth()).isEqualTo(200).isEqualTo(DecodeLimits.DEFAULT_MAX_DEPTH);
        assertThat(defaults.maxStringLength()).isEqualTo(1_000_000).isEqualTo(DecodeLimits.DEFAULT_MAX_STRING_LENGTH);
        assertThat(defaults.maxNumberDigits()).isEqualTo(1_000).isEqualTo(DecodeLimits.DEFAULT_MAX_NUMBER_DIGITS);
        assertThat(DecodeLimits.builder().build()).isEqualTo(defaults);
    }

    @Test
    void aBuilderSetsEachLimitAndKeepsTheOthers() {
        DecodeLimits limits = DecodeLimits.builder().maxTokens(100).maxDepth(3).maxStringLength(1024).build();

        assertThat(limits.maxTokens()).isEqualTo(100);
        assertThat(limits.maxDepth()).isEqualTo(3);
        assertThat(limits.maxStringLength()).isEqualTo(1024);
        assertThat(DecodeLimits.builder().maxDepth(1000).build().maxTokens()).isEqualTo(1_000_000L);
    }

    @Test
    void toBuilderStartsFromTheseLimits() {
        DecodeLimits limits = DecodeLimits.builder().maxTokens(5_000).build();

        DecodeLimits changed = limits.toBuilder().maxDepth(50).build();

        assertThat(changed.maxTokens()).isEqualTo(5_000);
        assertThat(changed.maxDepth()).isEqualTo(50);
        assertThat(limits.maxDepth()).as("unchanged").isEqualTo(200);
    }

    @Test
    void fewerThan100TokensAreRefused() {
        assertThatThrownBy(() -> DecodeLimits.builder().maxTokens(99))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTokens must be at least 100, got 99");
    }

    @Test
    void aDepthOutside3To1000IsRefused() {
        assertThatThrownBy(() -> DecodeLimits.builder().maxDepth(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be between 3 and 1000, got 2");
        assertThatThrownBy(() -> DecodeLimits.builder().maxDepth(1001))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be between 3 and 1000, got 1001");
    }

    @Test
    void aStringLengthUnder1024IsRefused() {
        assertThatThrownBy(() -> DecodeLimits.builder().maxStringLength(1023))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxStringLength must be at least 1024, got 1023");
    }

    @Test
    void aNumberDigitsCapOutside20To1000IsRefused() {
        assertThatThrownBy(() -> DecodeLimits.builder().maxNumberDigits(19)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxNumberDigits must be between 20 and 1000, got 19");
        assertThatThrownBy(() -> DecodeLimits.builder().maxNumberDigits(1001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxNumberDigits must be between 20 and 1000, got 1001");
        assertThat(DecodeLimits.builder().maxNumberDigits(20).build().maxNumberDigits()).isEqualTo(20);
    }

    @Test
    void limitsAreEqualWhenEveryLimitIs() {
        DecodeLimits limits = DecodeLimits.builder().maxTokens(500).maxDepth(10).maxStringLength(2048).build();

        assertThat(limits).isEqualTo(DecodeLimits.builder().maxTokens(500).maxDepth(10).maxStringLength(2048).build())
                .hasSameHashCodeAs(DecodeLimits.builder().maxTokens(500).maxDepth(10).maxStringLength(2048).build())
                .isNotEqualTo(limits.toBuilder().maxTokens(501).build())
                .isNotEqualTo(limits.toBuilder().maxDepth(11).build())
                .isNotEqualTo(limits.toBuilder().maxStringLength(2049).build())
                .isNotEqualTo(limits.toBuilder().maxNumberDigits(999).build())
                .isNotEqualTo("DecodeLimits");
    }

    @Test
    void toStringShowsEveryLimit() {
        assertThat(DecodeLimits.builder().maxTokens(500).maxDepth(10).maxStringLength(2048).build())
                .hasToString("DecodeLimits{maxTokens=500, maxDepth=10, maxStringLength=2048,"
                        + " maxNumberDigits=1000}");
    }
}
