package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static final JsonValue BODY = JsonValue.parse("{\"message\":\"boom\",\"code\":1500.50,\"retry\":false,"
            + "\"none\":null,\"errors\":{\"email\":[\"taken\"]},\"list\":[\"a\"]}");

    @Test
    void objectFindsAnObjectMemberOnly() {
        assertThat(JsonFields.object(BODY, "errors")).hasValue((JsonObject) JsonValue.parse("{\"email\":[\"taken\"]}"));
        assertThat(JsonFields.object(BODY, "list")).isEmpty();
        assertThat(JsonFields.object(BODY, "message")).isEmpty();
        assertThat(JsonFields.object(BODY, "none")).isEmpty();
        assertThat(JsonFields.object(BODY, "absent")).isEmpty();
    }

    @Test
    void textReadsAStringAsItsCharacters() {
        assertThat(JsonFields.text(JsonValue.parse("{\"m\":\"a \\\"quoted\\\" word\"}"), "m")).hasValue("a \"quoted\" word");
    }

    @Test
    void textReadsANumberAsWrittenAndABooleanAsItsWord() {
        assertThat(JsonFields.text(BODY, "code")).hasValue("1500.50");
        assertThat(JsonFields.text(BODY, "retry")).hasValue("false");
    }

    @Test
    void textIsEmptyForNullObjectsArraysAndAbsentMembers() {
        assertThat(JsonFields.text(BODY, "none")).isEmpty();
        assertThat(JsonFields.text(BODY, "errors")).isEmpty();
        assertThat(JsonFields.text(BODY, "list")).isEmpty();
        assertThat(JsonFields.text(BODY, "absent")).isEmpty();
    }

    @Test
    void textOfABodyThatIsNoObjectIsEmpty() {
        assertThat(JsonFields.text(JsonValue.parse("[\"message\"]"), "message")).isEmpty();
        assertThat(JsonFields.text(JsonValue.of("message"), "message")).isEmpty();
    }

    @Test
    void scalarTextOfEveryShape() {
        assertThat(JsonFields.scalarText(JsonValue.of("x"))).hasValue("x");
        assertThat(JsonFields.scalarText(JsonValue.of(7))).hasValue("7");
        assertThat(JsonFields.scalarText(JsonValue.of(true))).hasValue("true");
        assertThat(JsonFields.scalarText(JsonNull.INSTANCE)).isEmpty();
        assertThat(JsonFields.scalarText(JsonObject.empty())).isEmpty();
        assertThat(JsonFields.scalarText(JsonValue.parse("[]"))).isEmpty();
    }

    @Test
    void textsOfAScalarIsThatScalar() {
        assertThat(JsonFields.texts(JsonValue.of("taken"))).containsExactly("taken");
        assertThat(JsonFields.texts(JsonValue.of(3))).containsExactly("3");
    }

    @Test
    void textsOfAnArrayAreItsScalarElementsInOrder() {
        assertThat(JsonFields.texts(JsonValue.parse("[\"a\",1,null,{\"x\":1},[\"y\"],true]"))).containsExactly("a", "1", "true");
    }

    @Test
    void textsOfAnObjectOrNullAreNone() {
        assertThat(JsonFields.texts(JsonValue.parse("{\"a\":\"b\"}"))).isEmpty();
        assertThat(JsonFields.texts(JsonNull.INSTANCE)).isEmpty();
    }
}
