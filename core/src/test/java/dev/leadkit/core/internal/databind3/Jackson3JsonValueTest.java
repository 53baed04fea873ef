package dev.leadkit.core.internal.databind3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.internal.json.JsonBounds;
import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonBoolean;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonNumber;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonString;
import dev.leadkit.core.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** JSON values with a plain Jackson 3 JsonMapper: written as the JSON they hold, read back equal, bounded as with Jackson 2. */
class Jackson3JsonValueTest {

    private static final String NESTED = "{\"a\":[1,2.50,1E+3,\"s\",true,false,null,{}],\"b\":{\"c\":[]},\"d\":\"\\u0001\\\"\"}";

    private final JsonMapper mapper = new JsonMapper();

    @ParameterizedTest
    @ValueSource(strings = {NESTED, "[]", "{}", "\"text\"", "12345678901234567890", "1500.50", "1E+3", "true", "false", "null"})
    void aValueWritesAsTheJsonItHoldsAndReadsBackEqual(String json) {
        JsonValue value = JsonValue.parse(json);

        assertThat(mapper.writeValueAsString(value)).isEqualTo(value.toJson());
        assertThat(mapper.readValue(json, JsonValue.class)).isEqualTo(value);
        assertThat(mapper.readValue(json, value.getClass())).isEqualTo(value);
    }

    @Test
    void numbersKeepTheirOwnTextWhateverTheGeneratorSettings() {
        JsonMapper plain = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

        assertThat(plain.writeValueAsString(JsonValue.parse("[1E+3,1.0]"))).isEqualTo("[1E+3,1.0]");
    }

    @Test
    void aValueOfAnotherShapeThanTheOneAskedForFails() {
        assertThatThrownBy(() -> mapper.readValue("[1]", JsonObject.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{}", JsonArray.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("1", JsonString.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("\"1\"", JsonNumber.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("\"true\"", JsonBoolean.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void nullReadsAsJsonNullWhereAValueOfAnyShapeIsAskedFor() {
        assertThat(mapper.readValue("null", JsonValue.class)).isSameAs(JsonNull.INSTANCE);
        assertThat(mapper.readValue("{\"a\":null}", new TypeReference<Map<String, JsonValue>>() { }))
                .containsEntry("a", JsonNull.INSTANCE);
        assertThat(mapper.readValue("[null]", new TypeReference<List<JsonValue>>() { })).containsExactly(JsonNull.INSTANCE);
    }

    @Test
    void aValueNestedDeeperThanTheBoundFailsWithJacksonsOwnException() {
        int bound = JsonBounds.MAX_DEPTH;
        assertThat(mapper.readValue("[".repeat(bound) + "]".repeat(bound), JsonValue.class)).isInstanceOf(JsonArray.class);

        assertThatThrownBy(() -> mapper.readValue("[".repeat(bound + 1) + "]".repeat(bound + 1), JsonValue.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("deeper than " + bound);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483648", "-1e-2147483649", "[1, 2.5e2147483648]"})
    void aNumberNoDecimalHoldsFailsWithJacksonsOwnException(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, JsonValue.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("no decimal holds");
    }

    @Test
    void aStringLongerThanTheBoundFails() {
        String longest = "x".repeat(JsonBounds.MAX_STRING_LENGTH);

        assertThat(mapper.readValue("[\"" + longest + "\"]", JsonValue.class)).isEqualTo(new JsonArray(List.of(JsonValue.of(longest))));
        assertThatThrownBy(() -> mapper.readValue("[\"" + longest + "x\"]", JsonValue.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
