package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void everyControlCharacterIsEscapedAndNothingFromSpaceUp() {
        for (char c = 0; c < 0x80; c++) {
            String written = JsonText.write(JsonValue.of(String.valueOf(c)));
            String expected;
            switch (c) {
                case '"': expected = "\\\""; break;
                case '\\': expected = "\\\\"; break;
                case '\n': expected = "\\n"; break;
                case '\r': expected = "\\r"; break;
                case '\t': expected = "\\t"; break;
                case '\b': expected = "\\b"; break;
                case '\f': expected = "\\f"; break;
                default: expected = c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
            }
            assertThat(written).as("U+%04X", (int) c).isEqualTo("\"" + expected + "\"");
        }
    }

    @Test
    void scalarsInsideContainersWriteAsTheirOwnText() {
        JsonArray scalars = new JsonArray(List.of(JsonValue.of(new BigDecimal("-1.50")), JsonValue.of(true), JsonValue.of(false),
                JsonNull.INSTANCE, JsonValue.of("s")));

        assertThat(JsonText.write(scalars)).isEqualTo("[-1.50,true,false,null,\"s\"]");
        assertThat(JsonText.write(JsonValue.parse("{\"n\":1,\"t\":true,\"z\":null}"))).isEqualTo("{\"n\":1,\"t\":true,\"z\":null}");
    }

    @Test
    void aLoneScalarWritesAsItsOwnText() {
        assertThat(JsonText.write(JsonValue.of(12))).isEqualTo("12");
        assertThat(JsonText.write(JsonValue.of(false))).isEqualTo("false");
        assertThat(JsonText.write(JsonNull.INSTANCE)).isEqualTo("null");
    }

    @Test
    void oneMemberAndOneElementHaveNoSeparator() {
        assertThat(JsonText.write(new JsonObject(java.util.Map.of("a", new JsonArray(List.of(JsonValue.of(1)))))))
                .isEqualTo("{\"a\":[1]}");
    }
}
