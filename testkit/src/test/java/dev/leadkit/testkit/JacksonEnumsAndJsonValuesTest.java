package dev.leadkit.testkit;

import static dev.leadkit.testkit.JacksonRoundTripTest.read;
import static dev.leadkit.testkit.JacksonRoundTripTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.autocalls.AutocallsLeadStatus;
import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonBoolean;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonNumber;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonString;
import dev.leadkit.core.json.JsonValue;
import dev.leadkit.orgleads.OrgLeadStatus;
import dev.leadkit.tracking.TrackingLeadSource;
import dev.leadkit.tracking.TrackingLeadStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public enums and leadkit's JSON types, alone or in a caller's collections, round trip through any mapper of
 * Jackson 2 or Jackson 3, with the same text.
 */
class JacksonEnumsAndJsonValuesTest {

    static Stream<ObjectMapper> mappers() {
        return JacksonRoundTripTest.mappers();
    }

    static Stream<Enum<?>> constants() {
        List<Enum<?>> all = new ArrayList<>();
        all.addAll(List.of(AutocallsLeadStatus.values()));
        all.addAll(List.of(OrgLeadStatus.values()));
        all.addAll(List.of(TrackingLeadStatus.values()));
        all.addAll(List.of(TrackingLeadSource.values()));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("constants")
    void everyEnumConstantWritesByNameAndReadsBackWithEveryMapper(Enum<?> constant) {
        mappers().forEach(mapper -> {
            String json = write(mapper, constant);
            assertThat(json).isEqualTo("\"" + constant.name() + "\"");
            assertThat(read(mapper, json, constant.getDeclaringClass())).isSameAs(constant);
        });
    }

    @ParameterizedTest
    @MethodSource("constants")
    void everyEnumConstantWritesByNameAndReadsBackWithJackson3(Enum<?> constant) {
        JacksonRoundTripTest.jackson3Mappers().forEach(mapper -> {
            String json = mapper.writeValueAsString(constant);
            assertThat(json).isEqualTo("\"" + constant.name() + "\"");
            assertThat(mapper.readValue(json, constant.getDeclaringClass())).isSameAs(constant);
        });
    }

    static Stream<JsonValue> values() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("name", JsonValue.of("pro \"x\" \\ \n\u0001 Zoë 東京"));
        members.put("seats", JsonValue.of(12));
        members.put("price", JsonValue.of(new BigDecimal("1500.50")));
        members.put("big", JsonValue.of(new BigDecimal("12345678901234567890")));
        members.put("thousand", JsonValue.of(new BigDecimal("1e3")));
        members.put("ok", JsonValue.of(true));
        members.put("none", JsonNull.INSTANCE);
        members.put("tags", new JsonArray(List.of(JsonValue.of("a"), JsonObject.empty(), new JsonArray(List.of()))));
        return Stream.of(
                new JsonObject(members),
                JsonObject.empty(),
                new JsonArray(List.of(JsonValue.of(true), JsonValue.of(new BigDecimal("1.0")), JsonNull.INSTANCE)),
                new JsonArray(List.of()),
                JsonValue.of("escape \" \\ \t"),
                JsonValue.of(""),
                JsonValue.of(new BigDecimal("1500.50")),
                JsonValue.of(new BigDecimal("-98765432109876543210.000")),
                JsonValue.of(new BigDecimal("1e3")),
                JsonValue.of(0),
                JsonValue.of(true),
                JsonValue.of(false),
                JsonNull.INSTANCE);
    }

    @ParameterizedTest
    @MethodSource("values")
    void aJsonValueWritesAsTheJsonItHoldsWithEveryMapper(JsonValue value) {
        mappers().forEach(mapper -> assertThat(write(mapper, value)).isEqualTo(value.toJson()));
    }

    @ParameterizedTest
    @MethodSource("values")
    void aJsonValueReadsBackEqualAsJsonValueAndAsItsOwnShape(JsonValue value) {
        mappers().forEach(mapper -> {
            String json = write(mapper, value);
            JsonValue asValue = read(mapper, json, JsonValue.class);
            assertThat(asValue).isEqualTo(value);
            assertThat(asValue.toJson()).isEqualTo(value.toJson());
            assertThat(read(mapper, json, value.getClass())).isEqualTo(value);
        });
    }

    @ParameterizedTest
    @MethodSource("values")
    void aJsonValueWritesTheSameTextWithJackson3AndReadsBackEqualFromEitherMajorsText(JsonValue value) {
        JacksonRoundTripTest.jackson3Mappers().forEach(mapper -> {
            String json = mapper.writeValueAsString(value);
            assertThat(json).isEqualTo(value.toJson());
            assertThat(mapper.readValue(json, JsonValue.class)).isEqualTo(value);
            assertThat(mapper.readValue(write(JacksonRoundTripTest.PLAIN, value), value.getClass())).isEqualTo(value);
            assertThat(read(JacksonRoundTripTest.PLAIN, json, JsonValue.class)).isEqualTo(value);
        });
    }

    @Test
    void jsonNullReadsAsJsonNullNotAsJavaNull() throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();

        assertThat(mapper.readValue("null", JsonValue.class)).isEqualTo(JsonNull.INSTANCE);
        assertThat(mapper.readValue("null", JsonNull.class)).isEqualTo(JsonNull.INSTANCE);
        assertThat(mapper.readValue("[null]", new TypeReference<List<JsonValue>>() { })).containsExactly(JsonNull.INSTANCE);
        assertThat(mapper.readValue("{\"a\":null}", new TypeReference<Map<String, JsonValue>>() { }))
                .containsExactly(Map.entry("a", JsonNull.INSTANCE));
    }

    @Test
    void aValueOfAnotherShapeThanTheOneAskedForFails() {
        ObjectMapper mapper = new ObjectMapper();

        assertThatThrownBy(() -> mapper.readValue("[1]", JsonObject.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{}", JsonArray.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("1", JsonString.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("\"1\"", JsonNumber.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("\"true\"", JsonBoolean.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void jsonValuesInACallersCollectionsRoundTrip() throws JsonProcessingException {
        Map<String, JsonValue> byName = new LinkedHashMap<>();
        values().forEach(value -> byName.put("v" + byName.size(), value));
        List<JsonValue> list = values().toList();
        ObjectMapper mapper = JacksonRoundTripTest.JAVA_TIME;

        assertThat(mapper.readValue(mapper.writeValueAsString(byName), new TypeReference<Map<String, JsonValue>>() { }))
                .containsExactlyEntriesOf(byName);
        assertThat(mapper.readValue(mapper.writeValueAsString(list), new TypeReference<List<JsonValue>>() { }))
                .containsExactlyElementsOf(list);
        assertThat(mapper.readValue(mapper.writeValueAsString(list), new TypeReference<List<Object>>() { }))
                .as("a caller reading leadkit's JSON into plain Java types").hasSize(list.size());
    }
}
