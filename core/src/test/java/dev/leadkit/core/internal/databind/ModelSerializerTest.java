package dev.leadkit.core.internal.databind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model written with a plain ObjectMapper, and with mappers configured in every way that must not change it. */
class ModelSerializerTest {

    static final String FULL = "{\"platform\":\"sample\",\"phoneNumber\":\"+14155550101\",\"id\":\"lead_1\",\"score\":42,"
            + "\"visits\":3000000000,\"vip\":true,\"rank\":2,\"views\":9000000000,\"consent\":false,\"value\":1500.50,"
            + "\"price\":1E+3,\"receivedAt\":\"2025-06-30T11:18:04.123Z\",\"createdAt\":\"2025-06-01T00:00:00Z\","
            + "\"updatedAt\":\"2025-06-02T00:00:00Z\",\"campaignId\":7,\"attempts\":1,\"name\":\"Ann\","
            + "\"phones\":[\"+14155550101\",\"+14155550102\"],\"emails\":[\"ann@example.com\"],\"statusValue\":\"in-progress\","
            + "\"status\":\"IN_PROGRESS\",\"previousStatus\":\"NEW\",\"variables\":{\"plan\":{\"name\":\"pro\",\"seats\":12},"
            + "\"tags\":[\"a\",null]},\"notes\":{\"call\":[\"morning\",\"not friday\"]},\"custom\":[1,2.50,true],"
            + "\"extra\":{\"source\":\"ads\"},\"campaign\":{\"id\":7,\"name\":\"Spring\",\"startsAt\":\"2025-03-01T09:00:00Z\"},"
            + "\"pastCampaigns\":[{\"id\":3,\"name\":\"Winter\"},{\"id\":7,\"name\":\"Spring\",\"startsAt\":\"2025-03-01T09:00:00Z\"}]}";

    static final String MINIMAL = "{\"platform\":\"sample\",\"phoneNumber\":\"+14155550101\",\"id\":\"lead_2\",\"score\":0,"
            + "\"visits\":0,\"vip\":false,\"value\":0,\"receivedAt\":\"2025-06-30T11:18:04Z\",\"phones\":[],\"emails\":[],"
            + "\"statusValue\":\"\",\"status\":\"UNKNOWN\",\"variables\":{},\"notes\":{},\"custom\":null,\"pastCampaigns\":[]}";

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aLeadWritesItsPlatformThenEveryAttributeInDeclarationOrder() throws Exception {
        assertThat(mapper.writeValueAsString(SampleLeads.full())).isEqualTo(FULL);
    }

    @Test
    void absentOptionalsAreLeftOutAndEmptyListsAndMapsWritten() throws Exception {
        assertThat(mapper.writeValueAsString(SampleLeads.minimal())).isEqualTo(MINIMAL);
    }

    @Test
    void aModelThatIsNoLeadHasNoPlatform() throws Exception {
        assertThat(mapper.writeValueAsString(SampleLeads.SPRING))
                .isEqualTo("{\"id\":7,\"name\":\"Spring\",\"startsAt\":\"2025-03-01T09:00:00Z\"}");
    }

    @Test
    void aMapperConfiguredOtherwiseWritesTheSameText() throws Exception {
        ObjectMapper configured = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
                .build();

        assertThat(configured.writeValueAsString(SampleLeads.full())).isEqualTo(FULL);
        assertThat(configured.writeValueAsString(SampleLeads.minimal())).isEqualTo(MINIMAL);
    }

    @Test
    void aMapperThatWritesNumbersAsStringsWritesEveryNumberAsItsText() throws Exception {
        ObjectMapper strings = JsonMapper.builder().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build();

        String json = strings.writeValueAsString(SampleLeads.full());

        assertThat(json).contains("\"score\":\"42\"", "\"visits\":\"3000000000\"", "\"rank\":\"2\"", "\"value\":\"1500.50\"",
                "\"price\":\"1E+3\"", "\"campaignId\":\"7\"", "\"attempts\":\"1\"", "\"custom\":[\"1\",\"2.50\",true]");
    }

    @Test
    void defaultTypingNamesTheModelTypeAndNestsModelsWithoutTypeIds() throws Exception {
        ObjectMapper typing = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.EVERYTHING, JsonTypeInfo.As.PROPERTY);

        String json = typing.writeValueAsString(SampleLeads.full());

        assertThat(json).startsWith("{\"@class\":\"" + SampleLead.class.getName() + "\",\"platform\":\"sample\",\"phoneNumber\"")
                .contains(",\"campaign\":{\"id\":7,\"name\":\"Spring\"")
                .doesNotContain("Immutable");
        assertThat(json.indexOf("@class")).isEqualTo(json.lastIndexOf("@class"));
    }

    @Test
    void defaultTypingAsAWrapperArrayWrapsTheModelInItsTypeName() throws Exception {
        ObjectMapper typing = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.EVERYTHING, JsonTypeInfo.As.WRAPPER_ARRAY);

        assertThat(typing.writeValueAsString(SampleLeads.SPRING)).isEqualTo("[\"" + SampleCampaign.class.getName()
                + "\",{\"id\":7,\"name\":\"Spring\",\"startsAt\":\"2025-03-01T09:00:00Z\"}]");
    }

    @Test
    void listsAndMapsOfModelsWriteEachModelAsAlone() throws Exception {
        assertThat(mapper.writerFor(new TypeReference<List<SampleLead>>() { }).writeValueAsString(List.of(SampleLeads.minimal())))
                .isEqualTo("[" + MINIMAL + "]");
        assertThat(mapper.writeValueAsString(Map.of("a", SampleLeads.minimal()))).isEqualTo("{\"a\":" + MINIMAL + "}");
    }

    @Test
    void aHandMadeModelWritesItsAttributesByName() throws Exception {
        assertThat(mapper.writeValueAsString(HandMadeModel.builder().zeta("z").alpha(1).mid("m").build()))
                .isEqualTo("{\"active\":false,\"alpha\":1,\"mid\":\"m\",\"total\":0,\"zeta\":\"z\"}");
    }

    @Test
    void anAccessorThatFailsFailsTheWriteNamingTheAttribute() {
        assertThatThrownBy(() -> mapper.writeValueAsString(new BrokenModels.FailingImpl()))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageStartingWith("could not read id of class " + BrokenModels.FailingImpl.class.getName())
                .hasRootCauseMessage("the id cannot be read");
    }

    @Test
    void aModelWithoutABuilderCannotBeWritten() {
        assertThatThrownBy(() -> mapper.writeValueAsString(new BrokenModels.NoBuilderImpl()))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining(BrokenModels.NoBuilder.class.getName() + " has no static builder() whose builder has build()");
    }
}
