package dev.leadkit.core.internal.databind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
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

/** JSON values with a plain ObjectMapper: written as the JSON they hold, read back equal, with or without type ids. */
class JsonValueJacksonTest {

    private static final String NESTED = "{\"a\":[1,2.50,1E+3,\"s\",true,false,null,{}],\"b\":{\"c\":[]},\"d\":\"\\u0001\\\"\"}";

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {NESTED, "[]", "{}", "\"text\"", "12345678901234567890", "1500.50", "1E+3", "true", "false", "null"})
    void aValueWritesAsTheJsonItHoldsAndReadsBackEqual(String json) throws Exception {
        JsonValue value = JsonValue.parse(json);

        assertThat(mapper.writeValueAsString(value)).isEqualTo(value.toJson());
        assertThat(mapper.readValue(json, JsonValue.class)).isEqualTo(value);
    }

    @Test
    void numbersKeepTheirOwnTextWhateverTheGeneratorSettings() throws Exception {
        ObjectMapper plain = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

        assertThat(plain.writeValueAsString(JsonValue.parse("[1E+3,1.0]"))).isEqualTo("[1E+3,1.0]");
    }

    @Test
    void eachShapeReadsAsItsOwnType() throws Exception {
        assertThat(mapper.readValue("{\"a\":1}", JsonObject.class)).isEqualTo(JsonValue.parse("{\"a\":1}"));
        assertThat(mapper.readValue("[1]", JsonArray.class)).isEqualTo(JsonValue.parse("[1]"));
        assertThat(mapper.readValue("\"s\"", JsonString.class)).isEqualTo(JsonValue.of("s"));
        assertThat(mapper.readValue("1.50", JsonNumber.class)).isEqualTo(JsonValue.parse("1.50"));
        assertThat(mapper.readValue("true", JsonBoolean.class)).isEqualTo(JsonBoolean.TRUE);
    }

    @Test
    void aValueOfAnotherShapeThanTheOneAskedForFails() {
        assertThatThrownBy(() -> mapper.readValue("[1]", JsonObject.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{}", JsonArray.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("1", JsonString.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("\"1\"", JsonNumber.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void nullReadsAsJsonNullWhereAValueOfAnyShapeOrJsonNullIsAskedFor() throws Exception {
        assertThat(mapper.readValue("null", JsonValue.class)).isSameAs(JsonNull.INSTANCE);
        assertThat(mapper.readValue("{\"a\":null}", new TypeReference<Map<String, JsonValue>>() { }))
                .containsEntry("a", JsonNull.INSTANCE);
        assertThat(mapper.readValue("[null]", new TypeReference<List<JsonNull>>() { })).containsExactly(JsonNull.INSTANCE);
    }

    @Test
    void nullReadsAsJavaNullWhereAnotherShapeIsAskedFor() throws Exception {
        assertThat(mapper.readValue("{\"a\":null}", new TypeReference<Map<String, JsonString>>() { })).containsEntry("a", null);
        assertThat(mapper.readValue("null", JsonObject.class)).isNull();
    }

    @Test
    void valuesInsideCollectionsReadAsTheirDeclaredShape() throws Exception {
        Map<String, JsonObject> objects = mapper.readValue("{\"x\":{\"b\":2}}", new TypeReference<Map<String, JsonObject>>() { });

        assertThat(objects.get("x")).isEqualTo(JsonValue.parse("{\"b\":2}"));
        assertThatThrownBy(() -> mapper.readValue("{\"x\":[2]}", new TypeReference<Map<String, JsonObject>>() { }))
                .isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROPERTY", "WRAPPER_ARRAY", "WRAPPER_OBJECT"})
    void withDefaultTypingEveryShapeReadsBackEqual(String inclusion) throws Exception {
        ObjectMapper typing = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.EVERYTHING, JsonTypeInfo.As.valueOf(inclusion));
        for (String json : List.of(NESTED, "[]", "{}", "\"text\"", "1.50", "true", "false", "null")) {
            JsonValue value = JsonValue.parse(json);
            String written = typing.writeValueAsString(value);

            assertThat(written).as(json).contains(value.getClass().getName());
            assertThat(typing.readValue(written, JsonValue.class)).as(written).isEqualTo(value);
        }
    }

    @Test
    void withDefaultTypingAsAPropertyAnObjectCarriesItsTypeAsAMember() throws Exception {
        ObjectMapper typing = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.EVERYTHING, JsonTypeInfo.As.PROPERTY);

        assertThat(typing.writeValueAsString(JsonValue.parse("{\"a\":[1]}")))
                .isEqualTo("{\"@class\":\"dev.leadkit.core.json.JsonObject\",\"a\":[1]}");
        assertThat(typing.writeValueAsString(JsonValue.parse("[1]"))).isEqualTo("[\"dev.leadkit.core.json.JsonArray\",[1]]");
        assertThat(typing.writeValueAsString(JsonValue.of("s"))).isEqualTo("[\"dev.leadkit.core.json.JsonString\",\"s\"]");
    }

    /** A caller's bean holding JSON values, written with default typing. */
    static final class Holder {
        public JsonValue value;
        public Object anything;
    }

    @Test
    void withDefaultTypingAsAPropertyABeanHoldingObjectsReadsThemBack() throws Exception {
        ObjectMapper typing = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.NON_FINAL, JsonTypeInfo.As.PROPERTY);
        Holder holder = new Holder();
        holder.value = JsonValue.parse(NESTED);
        holder.anything = JsonObject.empty();

        String json = typing.writeValueAsString(holder);
        Holder read = typing.readValue(json, Holder.class);

        assertThat(json).contains("{\"@class\":\"dev.leadkit.core.json.JsonObject\"}");
        assertThat(read.value).isEqualTo(holder.value);
        assertThat(read.anything).isEqualTo(JsonObject.empty());
    }

    @Test
    void withTheTypeIdAsAPropertyAfterOtherMembersAnObjectReadsBackWhole() throws Exception {
        ObjectMapper typing = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.NON_FINAL, JsonTypeInfo.As.PROPERTY);

        Holder read = typing.readValue("{\"value\":{\"a\":[1,{\"b\":null}],\"@class\":\"dev.leadkit.core.json.JsonObject\",\"c\":2}}",
                Holder.class);

        assertThat(read.value).isEqualTo(JsonValue.parse("{\"a\":[1,{\"b\":null}],\"c\":2}"));
    }

    // ---- hostile values: Jackson's own exception, never StackOverflowError, a hang or unbounded memory

    @Test
    void aValueNestedDeeperThanTheBoundFailsWithJacksonsOwnException() throws Exception {
        int bound = JsonBounds.MAX_DEPTH;
        assertThat(mapper.readValue("[".repeat(bound) + "]".repeat(bound), JsonValue.class)).isInstanceOf(JsonArray.class);

        assertThatThrownBy(() -> mapper.readValue("[".repeat(bound + 1) + "]".repeat(bound + 1), JsonValue.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("deeper than " + bound);
        assertThatThrownBy(() -> mapper.readValue("{\"a\":".repeat(bound + 1) + "1" + "}".repeat(bound + 1), JsonValue.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483648", "-1e-2147483649", "[1, 2.5e2147483648]"})
    void aNumberNoDecimalHoldsFailsWithJacksonsOwnException(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, JsonValue.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("no decimal holds");
    }

    @Test
    void aNumberOfMoreDigitsThanTheBoundFailsEvenWhereTheMappersOwnLimitIsHigher() throws Exception {
        ObjectMapper generous = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(100_000).build()).build()).build();
        String longest = "9".repeat(JsonBounds.MAX_NUMBER_DIGITS);
        // 995 digits and an exponent of three: 998 digits as leadkit writes it, 9.99...9E+999
        String withExponentText = "9".repeat(JsonBounds.MAX_NUMBER_DIGITS - 5) + "e5";
        JsonValue withExponent = JsonValue.of(new java.math.BigDecimal(withExponentText));

        assertThat(generous.readValue(longest, JsonValue.class)).isEqualTo(JsonValue.of(new java.math.BigDecimal(longest)));
        assertThat(generous.readValue(withExponentText, JsonValue.class)).isEqualTo(withExponent);
        assertThat(generous.readValue(withExponent.toJson(), JsonValue.class)).as(withExponent.toJson()).isEqualTo(withExponent);
        assertThatThrownBy(() -> generous.readValue(longest + "9", JsonValue.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> generous.readValue(longest + "e5", JsonValue.class))
                .as("1,000 digits and an exponent: 1,004 as written").isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> generous.readValue("0." + longest, JsonValue.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aStringLongerThanTheBoundFails() throws Exception {
        String longest = "x".repeat(JsonBounds.MAX_STRING_LENGTH);

        assertThat(mapper.readValue("[\"" + longest + "\"]", JsonValue.class)).isEqualTo(new JsonArray(List.of(JsonValue.of(longest))));
        assertThatThrownBy(() -> mapper.readValue("[\"" + longest + "x\"]", JsonValue.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
