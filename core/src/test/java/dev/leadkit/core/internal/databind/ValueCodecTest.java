package dev.leadkit.core.internal.databind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The attribute types without a JSON form, and what is absent; the forms themselves are in the model tests. */
class ValueCodecTest {

    interface Types {
        Map<Integer, String> byNumber();

        Set<String> tags();

        Optional<Set<String>> maybeTags();

        List<Map<Long, String>> nested();
    }

    private static ValueCodec codecOf(String method) throws NoSuchMethodException {
        return ValueCodec.of(Types.class.getMethod(method).getGenericReturnType());
    }

    @Test
    void aMapWhoseKeysAreNotStringsHasNoJsonForm() {
        assertThatThrownBy(() -> codecOf("byNumber")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no JSON form for java.util.Map<java.lang.Integer, java.lang.String>");
    }

    @Test
    void aGenericTypeOtherThanOptionalListOrMapHasNoJsonForm() {
        assertThatThrownBy(() -> codecOf("tags")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no JSON form for java.util.Set<java.lang.String>");
    }

    @Test
    void aTypeWithoutAJsonFormFailsWhereverItIsNested() {
        assertThatThrownBy(() -> codecOf("maybeTags")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no JSON form for java.util.Set<java.lang.String>");
        assertThatThrownBy(() -> codecOf("nested")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no JSON form for java.util.Map<java.lang.Long, java.lang.String>");
    }

    @Test
    void onlyEmptyOptionalsAreAbsent() {
        assertThat(ValueCodec.of(String.class).isAbsent("")).isFalse();
        assertThat(ValueCodec.of(OptionalLong.class).isAbsent(OptionalLong.empty())).isTrue();
        assertThat(ValueCodec.of(OptionalLong.class).isAbsent(OptionalLong.of(0))).isFalse();
        assertThat(ValueCodec.of(OptionalInt.class).isAbsent(OptionalInt.empty())).isTrue();
        assertThat(ValueCodec.of(OptionalInt.class).isAbsent(OptionalInt.of(0))).isFalse();
        assertThat(ValueCodec.of(SampleStatus.class).isAbsent(SampleStatus.UNKNOWN)).isFalse();
        assertThat(ValueCodec.of(SampleCampaign.class).isAbsent(SampleLeads.SPRING)).isFalse();
    }
}
