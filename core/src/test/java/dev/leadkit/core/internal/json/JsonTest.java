package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void decimalsKeepTheScaleTheyWereSentWith() throws Exception {
        JsonNode node = Json.MAPPER.readTree("{\"v\":100.0,\"w\":1500.50}");

        assertThat(node.get("v").decimalValue().toPlainString()).isEqualTo("100.0");
        assertThat(node.get("w").decimalValue().toPlainString()).isEqualTo("1500.50");
    }

    @Test
    void unknownFieldsDoNotFailBinding() throws Exception {
        assertThat(Json.MAPPER.readValue("{\"a\":1,\"extra\":true}", Simple.class).a).isEqualTo(1);
    }

    static final class Simple {
        public int a;
    }
}
