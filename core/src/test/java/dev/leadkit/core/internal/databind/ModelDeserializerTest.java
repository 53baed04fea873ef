package dev.leadkit.core.internal.databind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import dev.leadkit.core.Lead;
import dev.leadkit.core.internal.databind.elsewhere.Unreachable;
import dev.leadkit.core.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What ModelSerializer wrote, read back through the model's builder, and every way a body can be wrong. */
class ModelDeserializerTest {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The minimal lead's JSON with one member replaced (or added), as {@code "name":value}. */
    private static String minimalWith(String member) {
        String name = member.substring(0, member.indexOf(':'));
        String json = ModelSerializerTest.MINIMAL;
        int at = json.indexOf(name + ":");
        if (at < 0) {
            return json.substring(0, json.length() - 1) + "," + member + "}";
        }
        int end = at + name.length() + 1;
        int depth = 0;
        for (; end < json.length(); end++) {
            char c = json.charAt(end);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        return json.substring(0, at) + member + json.substring(end);
    }

    private SampleLead read(String json) throws Exception {
        return mapper.readValue(json, SampleLead.class);
    }

    @Test
    void aLeadReadsBackEqual() throws Exception {
        assertThat(read(ModelSerializerTest.FULL)).isEqualTo(SampleLeads.full());
        assertThat(read(ModelSerializerTest.MINIMAL)).isEqualTo(SampleLeads.minimal());
    }

    @Test
    void aModelThatIsNoLeadReadsBackEqual() throws Exception {
        assertThat(mapper.readValue("{\"id\":7,\"name\":\"Spring\",\"startsAt\":\"2025-03-01T09:00:00Z\"}", SampleCampaign.class))
                .isEqualTo(SampleLeads.SPRING);
    }

    @Test
    void membersInAnyOrderReadTheSame() throws Exception {
        assertThat(read("{\"status\":\"UNKNOWN\",\"custom\":null,\"statusValue\":\"\",\"receivedAt\":\"2025-06-30T11:18:04Z\","
                + "\"value\":0,\"vip\":false,\"visits\":0,\"score\":0,\"id\":\"lead_2\",\"phoneNumber\":\"+14155550101\"}"))
                .isEqualTo(SampleLeads.minimal());
    }

    @Test
    void unknownMembersOfEveryShapeAreSkipped() throws Exception {
        assertThat(read(minimalWith("\"future\":{\"a\":[1,{\"b\":[]}],\"c\":null}").replace("\"platform\":\"sample\",",
                "\"platform\":\"sample\",\"later\":[[1],{\"x\":2}],\"flag\":true,")))
                .isEqualTo(SampleLeads.minimal());
    }

    @Test
    void numbersWrittenAsStringsReadBack() throws Exception {
        ObjectMapper strings = JsonMapper.builder().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build();
        String json = strings.writeValueAsString(SampleLeads.full()).replace("\"score\":\"42\"", "\"score\":\" 42 \"");

        SampleLead lead = read(json);

        // the model's own numbers read back as numbers; JSON values keep what was written, strings
        assertThat(lead).isEqualTo(SampleLead.builder().from(SampleLeads.full())
                .putVariables("plan", JsonValue.parse("{\"name\":\"pro\",\"seats\":\"12\"}"))
                .custom(JsonValue.parse("[\"1\",\"2.50\",true]")).build());
    }

    @Test
    void aDecimalReadsWithItsScaleFromANumberOrAString() throws Exception {
        assertThat(read(minimalWith("\"value\":1500.50")).value()).hasToString("1500.50");
        assertThat(read(minimalWith("\"value\":\" 1500.50 \"")).value()).hasToString("1500.50");
        assertThat(read(minimalWith("\"value\":7")).value()).hasToString("7");
    }

    @Test
    void nullForAnOptionalOrACollectionReadsAsAbsentOrEmpty() throws Exception {
        SampleLead lead = read(minimalWith("\"name\":null").replace("\"phones\":[]", "\"phones\":null")
                .replace("\"notes\":{}", "\"notes\":null").replace("\"platform\":\"sample\"",
                        "\"platform\":\"sample\",\"campaignId\":null,\"attempts\":null,\"campaign\":null,\"extra\":null,"
                                + "\"previousStatus\":null,\"rank\":null,\"createdAt\":null"));

        assertThat(lead).isEqualTo(SampleLeads.minimal());
    }

    @Test
    void nullForARequiredAttributeFailsAsMissing() {
        assertThatThrownBy(() -> read(minimalWith("\"id\":null")))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("[id]");
    }

    @Test
    void aMissingRequiredAttributeFailsNamingIt() {
        assertThatThrownBy(() -> read(ModelSerializerTest.MINIMAL.replace("\"receivedAt\":\"2025-06-30T11:18:04Z\",", "")))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("receivedAt")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void theModelsOwnCheckHoldsForWhatIsRead() {
        assertThatThrownBy(() -> read(minimalWith("\"score\":-1")))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("score must not be negative, got -1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"lead\"", "7"})
    void aModelThatIsNotAnObjectFails(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining(SampleLead.class.getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"id\":1", "\"id\":{}", "\"vip\":\"true\"", "\"vip\":1", "\"score\":true", "\"score\":1.5",
            "\"visits\":[]", "\"value\":true", "\"receivedAt\":1751282284", "\"status\":1", "\"phones\":\"+1\"",
            "\"notes\":[]", "\"extra\":[1]", "\"campaign\":\"Spring\"", "\"pastCampaigns\":[\"Winter\"]", "\"campaignId\":1.5",
            "\"attempts\":{}", "\"rank\":false", "\"views\":1.5", "\"consent\":\"no\"", "\"variables\":[1]", "\"name\":2"})
    void aValueOfTheWrongKindFailsAsMismatched(String member) {
        assertThatThrownBy(() -> read(minimalWith(member))).isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"score\":\"many\"", "\"visits\":\"x\"", "\"value\":\"1,5\"", "\"campaignId\":\"seven\"",
            "\"attempts\":\"one\"", "\"rank\":\"\""})
    void aNumberWrittenAsTextThatIsNoNumberFailsSayingSo(String member) {
        assertThatThrownBy(() -> read(minimalWith(member))).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("not a number");
    }

    @Test
    void anInstantThatIsNotIsoFailsSayingSo() {
        assertThatThrownBy(() -> read(minimalWith("\"receivedAt\":\"2025-06-30 11:18:04\"")))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("not an ISO-8601 instant");
    }

    @Test
    void anEnumIsReadByItsExactName() throws Exception {
        assertThat(read(minimalWith("\"status\":\"IN_PROGRESS\"")).status()).isEqualTo(SampleStatus.IN_PROGRESS);
        assertThat(read(minimalWith("\"previousStatus\":\"NEW\"")).previousStatus()).hasValue(SampleStatus.NEW);
    }

    @Test
    void anEnumNameOfAnotherCaseOrUnknownFailsListingTheMembers() {
        for (String name : List.of("in_progress", "ARCHIVED")) {
            assertThatThrownBy(() -> read(minimalWith("\"status\":\"" + name + "\""))).as(name)
                    .isInstanceOf(InvalidFormatException.class).hasMessageContaining("not one of [NEW, IN_PROGRESS, UNKNOWN]");
        }
    }

    @Test
    void jsonValuesOfAnyShapeReadAsSent() throws Exception {
        for (String json : List.of("{\"a\":[1,null]}", "[1,2.50]", "\"s\"", "1E+3", "true", "null")) {
            assertThat(read(minimalWith("\"custom\":" + json)).custom()).as(json).isEqualTo(JsonValue.parse(json));
        }
    }

    @Test
    void listsAndMapsReadInOrder() throws Exception {
        SampleLead lead = read(minimalWith("\"notes\":{\"b\":[\"2\",\"1\"],\"a\":[]}").replace("\"phones\":[]", "\"phones\":[\"+2\",\"+1\"]"));

        assertThat(lead.phones()).containsExactly("+2", "+1");
        assertThat(lead.notes()).containsExactly(Map.entry("b", List.of("2", "1")), Map.entry("a", List.of()));
    }

    @Test
    void listsAndMapsOfLeadsReadBack() throws Exception {
        String json = mapper.writeValueAsString(List.of(SampleLeads.full(), SampleLeads.minimal()));

        assertThat(mapper.readValue(json, new TypeReference<List<SampleLead>>() { }))
                .containsExactly(SampleLeads.full(), SampleLeads.minimal());
        assertThat(mapper.readValue("{\"a\":" + ModelSerializerTest.MINIMAL + "}", new TypeReference<Map<String, SampleLead>>() { }))
                .containsExactly(Map.entry("a", SampleLeads.minimal()));
    }

    /** A caller's own bean holding leads, as a queue message might. */
    static final class Holder {
        public List<Lead> leads;
    }

    @Test
    void withDefaultTypingABeanHoldingLeadsReadsThemBack() throws Exception {
        ObjectMapper typing = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.NON_FINAL);
        Holder holder = new Holder();
        holder.leads = new ArrayList<>(List.of(SampleLeads.full(), SampleLeads.minimal()));

        String json = typing.writeValueAsString(holder);

        assertThat(json).contains("[\"" + SampleLead.class.getName() + "\",{\"platform\":\"sample\"").doesNotContain("Immutable");
        assertThat(typing.readValue(json, Holder.class).leads).containsExactly(SampleLeads.full(), SampleLeads.minimal());
    }

    @Test
    void withDefaultTypingOfEveryValueALeadReadsBackAsItsTypeOrAsAnObject() throws Exception {
        ObjectMapper typing = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.EVERYTHING, JsonTypeInfo.As.WRAPPER_ARRAY);
        String json = typing.writeValueAsString(SampleLeads.full());

        assertThat(typing.readValue(json, SampleLead.class)).isEqualTo(SampleLeads.full());
        assertThat(typing.readValue(json, Object.class)).isEqualTo(SampleLeads.full());
    }

    @Test
    void aHandMadeModelReadsThroughItsBuilder() throws Exception {
        assertThat(mapper.readValue("{\"zeta\":\"z\",\"alpha\":\"3\",\"mid\":\"m\"}", HandMadeModel.class))
                .isEqualTo(HandMadeModel.builder().zeta("z").alpha(3).mid(Optional.of("m")).build());
    }

    @Test
    void aModelWhoseBuilderCannotBeReachedFailsAsABadDefinition() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"x\"}", Unreachable.class))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("cannot build " + Unreachable.class.getName() + ": java.lang.IllegalAccessException");
    }

    @Test
    void aModelWhoseBuildFailsFailsAsAnInstantiationProblem() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"x\"}", BrokenModels.Failing.class))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("never built");
    }

    @Test
    void withoutAModelTypeTheDeserializerSaysToReadWithOne() throws Exception {
        ModelDeserializer untyped = new ModelDeserializer();
        DefaultDeserializationContext blueprint = (DefaultDeserializationContext) mapper.getDeserializationContext();
        try (JsonParser parser = mapper.createParser("{}")) {
            DeserializationContext context = blueprint.createInstance(mapper.getDeserializationConfig(), parser,
                    mapper.getInjectableValues());
            parser.nextToken();

            assertThat(untyped.createContextual(context, null)).isSameAs(untyped);
            assertThatThrownBy(() -> untyped.deserialize(parser, context))
                    .isInstanceOf(InvalidDefinitionException.class)
                    .hasMessageContaining("a leadkit model is read with its own type, e.g. AutocallsLead.class");
        }
    }

    /** Default typing with the type id as a property: Jackson reads the id, then hands over the object past its start. */
    private static final ObjectMapper TYPE_PROPERTY = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
            ObjectMapper.DefaultTyping.NON_FINAL, JsonTypeInfo.As.PROPERTY);

    @Test
    void withDefaultTypingAsAPropertyABeanHoldingLeadsReadsThemBack() throws Exception {
        Holder holder = new Holder();
        holder.leads = new ArrayList<>(List.of(SampleLeads.full(), SampleLeads.minimal()));

        String json = TYPE_PROPERTY.writeValueAsString(holder);

        assertThat(json).contains("{\"@class\":\"" + SampleLead.class.getName() + "\",\"platform\":\"sample\"");
        assertThat(TYPE_PROPERTY.readValue(json, Holder.class).leads).containsExactly(SampleLeads.full(), SampleLeads.minimal());
    }

    @Test
    void withTheTypeIdAsAPropertyAfterOtherMembersALeadReadsBackToo() throws Exception {
        String json = "{\"leads\":[\"java.util.ArrayList\",[" + ModelSerializerTest.MINIMAL.replace("\"custom\":null,",
                "\"custom\":null,\"@class\":\"" + SampleLead.class.getName() + "\",") + "]]}";

        assertThat(TYPE_PROPERTY.readValue(json, Holder.class).leads).containsExactly(SampleLeads.minimal());
    }

    @Test
    void withTheTypeIdAsThePropertyOfAnOtherwiseEmptyObjectTheMissingAttributesAreNamed() {
        String json = "{\"leads\":[\"java.util.ArrayList\",[{\"@class\":\"" + SampleLead.class.getName() + "\"}]]}";

        assertThatThrownBy(() -> TYPE_PROPERTY.readValue(json, Holder.class))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("id");
    }
}
