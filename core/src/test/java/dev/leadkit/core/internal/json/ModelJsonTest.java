package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.Platform;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A model's JSON form: members in the order written, absent optionals left out, read back member by member. */
class ModelJsonTest {

    private static final Platform VENDOR = new Platform("vendor", "Vendor");

    private static ModelJson.Reader reader(String json) {
        return ModelJson.reader(ModelJson.parse(json, "Sample"), "Sample");
    }

    @Test
    void membersAreWrittenInTheOrderAddedAndAbsentOptionalsAreLeftOut() {
        JsonObject form = ModelJson.writer()
                .string(ModelJson.PLATFORM, "vendor")
                .string("id", "7")
                .number("count", OptionalLong.of(3))
                .number("none", OptionalLong.empty())
                .string("note", Optional.empty())
                .decimal("price", Optional.of(new BigDecimal("1500.50")))
                .bool("ok", Optional.of(false))
                .instant("at", Optional.of(Instant.parse("2025-06-30T11:18:04Z")))
                .strings("tags", List.of("a", "b"))
                .object("extra", Map.of())
                .model("inner", Optional.of(ModelJson.writer().string("id", "1").build()))
                .models("items", List.of())
                .build();

        assertThat(form.toJson()).isEqualTo("{\"platform\":\"vendor\",\"id\":\"7\",\"count\":3,\"price\":1500.50,\"ok\":false,"
                + "\"at\":\"2025-06-30T11:18:04Z\",\"tags\":[\"a\",\"b\"],\"extra\":{},\"inner\":{\"id\":\"1\"},\"items\":[]}");
    }

    @Test
    void eachMemberReadsBackAsWritten() {
        ModelJson.Reader read = reader("{\"id\":\"7\",\"count\":3,\"price\":1500.50,\"ok\":false,\"at\":\"2025-06-30T11:18:04Z\","
                + "\"tags\":[\"a\"],\"extra\":{\"x\":[1]},\"inner\":{\"id\":\"1\"},\"items\":[{\"id\":\"2\"}]}");

        assertThat(read.requiredString("id")).isEqualTo("7");
        assertThat(read.number("count")).hasValue(3);
        assertThat(read.decimal("price")).contains(new BigDecimal("1500.50"));
        assertThat(read.bool("ok")).contains(false);
        assertThat(read.instant("at")).contains(Instant.parse("2025-06-30T11:18:04Z"));
        assertThat(read.strings("tags")).containsExactly("a");
        assertThat(read.object("extra")).containsEntry("x", JsonValue.parse("[1]"));
        assertThat(read.model("inner", inner -> inner.get("id").orElseThrow())).contains(JsonValue.of("1"));
        assertThat(read.models("items", item -> item.get("id").orElseThrow())).containsExactly(JsonValue.of("2"));
    }

    @Test
    void absentAndNullMembersReadAsAbsentOrEmpty() {
        ModelJson.Reader read = reader("{\"note\":null,\"tags\":null,\"extra\":null,\"inner\":null}");

        assertThat(read.string("note")).isEmpty();
        assertThat(read.number("count")).isEmpty();
        assertThat(read.strings("tags")).isEmpty();
        assertThat(read.object("extra")).isEmpty();
        assertThat(read.model("inner", inner -> inner)).isEmpty();
        assertThat(read.models("items", item -> item)).isEmpty();
    }

    @Test
    void numbersWrittenAsStringsReadAsNumbers() {
        ModelJson.Reader read = reader("{\"count\":\"3\",\"price\":\" 1.50 \"}");

        assertThat(read.number("count")).hasValue(3);
        assertThat(read.decimal("price")).contains(new BigDecimal("1.50"));
    }

    @Test
    void aRequiredMemberMissingOrNullFailsNamingIt() {
        assertThatThrownBy(() -> reader("{}").requiredString("id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample JSON lacks its required member 'id'");
        assertThatThrownBy(() -> reader("{\"id\":null}").requiredString("id")).hasMessageContaining("'id'");
    }

    @Test
    void aMemberOfTheWrongShapeFailsNamingIt() {
        assertThatThrownBy(() -> reader("{\"id\":7}").requiredString("id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample JSON member 'id' should be a string but is 7");
        assertThatThrownBy(() -> reader("{\"count\":1.5}").number("count")).hasMessageContaining("'count'");
        assertThatThrownBy(() -> reader("{\"count\":\"x\"}").number("count")).hasMessageContaining("'count'");
        assertThatThrownBy(() -> reader("{\"ok\":\"true\"}").bool("ok")).hasMessageContaining("'ok'");
        assertThatThrownBy(() -> reader("{\"at\":\"2025-06-30 11:18:04\"}").instant("at")).hasMessageContaining("'at'");
        assertThatThrownBy(() -> reader("{\"tags\":[\"a\",1]}").strings("tags")).hasMessageContaining("'tags[1]'");
        assertThatThrownBy(() -> reader("{\"extra\":[]}").object("extra")).hasMessageContaining("'extra'");
        assertThatThrownBy(() -> reader("{\"items\":[{},2]}").models("items", item -> item)).hasMessageContaining("'items[1]'");
    }

    @Test
    void aNumberStringThatNoDecimalHoldsFailsNamingTheMember() {
        assertThatThrownBy(() -> reader("{\"price\":\"1e2147483648\"}").decimal("price"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'price'");
        assertThatThrownBy(() -> reader("{\"price\":\"" + "9".repeat(JsonBounds.MAX_NUMBER_DIGITS + 1) + "\"}").decimal("price"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'price'");
    }

    @Test
    void aPlatformThatIsAbsentOrTheModelsOwnReads() {
        assertThatCode(() -> reader("{}").platform(VENDOR)).doesNotThrowAnyException();
        assertThatCode(() -> reader("{\"platform\":\"vendor\"}").platform(VENDOR)).doesNotThrowAnyException();
        assertThatCode(() -> reader("{\"platform\":null}").platform(VENDOR)).doesNotThrowAnyException();
    }

    @Test
    void aPlatformThatNamesAnotherVendorFails() {
        assertThatThrownBy(() -> reader("{\"platform\":\"other\"}").platform(VENDOR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample JSON names platform \"other\", not \"vendor\": it is another vendor's lead");
        assertThatThrownBy(() -> reader("{\"platform\":1}").platform(VENDOR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textThatIsNoObjectFails() {
        assertThatThrownBy(() -> ModelJson.parse("[1]", "Sample")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample JSON must be an object but is an array");
        assertThatThrownBy(() -> ModelJson.parse("{", "Sample")).isInstanceOf(IllegalArgumentException.class);
    }
}
