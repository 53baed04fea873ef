package dev.leadkit.core.internal.databind;

import static dev.leadkit.core.internal.databind.FreshModels.fresh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model tests whose outcome rests on the schema itself (which attributes, which codec each gets, which setter),
 * each on model classes of its own (see {@link FreshModels}), so that every run works the schema out again.
 */
class FreshSchemaTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private String roundTrip(ObjectMapper with, String json, Class<?> model) throws Exception {
        return with.writeValueAsString(with.readValue(json, fresh(model)));
    }

    @Test
    void everyAttributeTypeReadsAndWritesInItsOwnForm() throws Exception {
        assertThat(roundTrip(mapper, ModelSerializerTest.FULL, SampleLead.class)).isEqualTo(ModelSerializerTest.FULL);
    }

    @Test
    void absentAttributesReadAndWriteAsAbsent() throws Exception {
        assertThat(roundTrip(mapper, ModelSerializerTest.MINIMAL, SampleLead.class)).isEqualTo(ModelSerializerTest.MINIMAL);
    }

    @Test
    void aMapperConfiguredOtherwiseReadsAndWritesTheSame() throws Exception {
        ObjectMapper configured = JsonMapper.builder()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();

        assertThat(roundTrip(configured, ModelSerializerTest.FULL, SampleLead.class)).isEqualTo(ModelSerializerTest.FULL);
    }

    @Test
    void numbersWrittenAsStringsReadBackWhateverTheMappersCoercionSettings() throws Exception {
        ObjectMapper strings = JsonMapper.builder().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();
        String written = roundTrip(strings, ModelSerializerTest.FULL, SampleLead.class);

        assertThat(written).contains("\"score\":\"42\"", "\"rank\":\"2\"", "\"views\":\"9000000000\"", "\"attempts\":\"1\"");
        assertThat(mapper.writeValueAsString(strings.readValue(written, fresh(SampleLead.class))))
                .contains("\"score\":42,\"visits\":3000000000", "\"rank\":2,\"views\":9000000000", "\"campaignId\":7,\"attempts\":1");
    }

    /** The fields of types Jackson would read on its own, more leniently, were they given to Jackson. */
    @ParameterizedTest
    @ValueSource(strings = {"\"rank\":1.5", "\"views\":1.5", "\"consent\":1", "\"name\":2", "\"price\":true", "\"extra\":[1]",
            "\"previousStatus\":1", "\"status\":true", "\"campaign\":[]", "\"receivedAt\":[]", "\"phones\":{}",
            "\"consent\":\"true\"", "\"rank\":\"2.5\"", "\"vip\":\"true\"", "\"vip\":1", "\"score\":1.5", "\"visits\":1.5"})
    void aValueOfTheWrongKindFails(String member) {
        String json = ModelSerializerTest.MINIMAL.replace("\"custom\":null,", "\"custom\":null," + member + ",");
        assertThatThrownBy(() -> mapper.readValue(json, fresh(SampleLead.class))).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aMissingRequiredJsonValueFailsAsMissing() {
        String json = ModelSerializerTest.MINIMAL.replace("\"custom\":null,", "");

        assertThatThrownBy(() -> mapper.readValue(json, fresh(SampleLead.class)))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("custom");
    }

    @Test
    void eachModelClassGetsItsOwnSchema() throws Exception {
        Class<?> first = fresh(SampleLead.class);
        Class<?> second = fresh(SampleLead.class);

        assertThat(first).isNotEqualTo(second).isNotEqualTo(SampleLead.class);
        assertThat(ModelSchema.of(first).model()).isSameAs(first);
        assertThat(ModelSchema.of(second)).isNotSameAs(ModelSchema.of(first)).isSameAs(ModelSchema.of(second));
    }

    @Test
    void theAttributesComeInDeclarationOrderWithTheirSetters() {
        ModelSchema schema = ModelSchema.of(fresh(SampleLead.class));
        List<String> setters = new ArrayList<>();
        schema.attributes().forEach(attribute -> setters.add(attribute.name + "(" + attribute.setter.getParameterTypes()[0].getSimpleName()
                + ")"));

        assertThat(setters).containsExactly("phoneNumber(String)", "id(String)", "score(int)", "visits(long)", "vip(boolean)",
                "rank(Optional)", "views(Optional)", "consent(Optional)", "value(BigDecimal)", "price(Optional)",
                "receivedAt(Instant)", "createdAt(Optional)", "updatedAt(Optional)", "campaignId(OptionalLong)",
                "attempts(OptionalInt)", "name(Optional)", "phones(Iterable)", "emails(Iterable)", "statusValue(String)",
                "status(SampleStatus)", "previousStatus(Optional)", "variables(Map)", "notes(Map)", "custom(JsonValue)",
                "extra(Optional)", "campaign(Optional)", "pastCampaigns(Iterable)");
    }

    @Test
    void aHandMadeModelGetsItsAttributesByNameAndItsSettersOfTheAttributesTypes() throws Exception {
        Class<?> model = fresh(HandMadeModel.class);

        assertThat(roundTrip(mapper, "{\"zeta\":\"z\",\"total\":9000000000,\"mid\":\"m\",\"alpha\":3,\"active\":true}",
                HandMadeModel.class)).isEqualTo("{\"active\":true,\"alpha\":3,\"mid\":\"m\",\"total\":9000000000,\"zeta\":\"z\"}");
        assertThat(ModelSchema.of(model).attribute("total").setter.getParameterTypes()[0]).isEqualTo(Long.class);
        assertThat(ModelSchema.of(model).attribute("active").setter.getParameterTypes()[0]).isEqualTo(Boolean.class);
        assertThat(ModelSchema.of(model).attribute("mid").setter.getParameterTypes()[0]).isEqualTo(java.util.Optional.class);
    }
}
