package dev.leadkit.core.internal.databind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A caller's {@link DeserializationProblemHandler} decides what a value leadkit cannot read becomes, as it does for
 * Jackson's own deserializers: each failure leadkit reports goes through the context's handlers first.
 */
class ProblemHandlerTest {

    /**
     * Reads every problem it knows as a fixed stand-in, and leaves the rest to fail. As Jackson asks of a handler that
     * handles an unexpected token, it skips the value it replaces.
     */
    private static final class StandIns extends DeserializationProblemHandler {
        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token, JsonParser parser,
                String message) throws IOException {
            Object standIn = standIn(target.getRawClass());
            if (standIn != NOT_HANDLED && token != null && token.isStructStart()) {
                parser.skipChildren();
            }
            return standIn;
        }

        private static Object standIn(Class<?> type) {
            if (type == Integer.class) {
                return 5;
            }
            if (type == List.class) {
                return List.of("+0");
            }
            if (type == Map.class) {
                return Map.of("x", List.of("y"));
            }
            if (type == SampleCampaign.class) {
                return SampleLeads.WINTER;
            }
            if (type == JsonObject.class) {
                return JsonObject.empty();
            }
            return NOT_HANDLED;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value, String message) {
            if (target == SampleStatus.class) {
                return SampleStatus.UNKNOWN;
            }
            if (target == Integer.class) {
                return 7;
            }
            return NOT_HANDLED;
        }

        @Override
        public Object handleInstantiationProblem(DeserializationContext context, Class<?> target, Object argument,
                Throwable problem) {
            return target == SampleAssignment.class ? SampleAssignment.builder().id("stand-in").campaign(SampleLeads.WINTER).build()
                    : NOT_HANDLED;
        }
    }

    private final ObjectMapper mapper = new ObjectMapper().addHandler(new StandIns());

    /** The minimal lead with one of its members sent otherwise (or one more member): each member comes once. */
    private SampleLead read(String member) throws Exception {
        String name = member.substring(0, member.indexOf(':') + 1);
        String json = ModelSerializerTest.MINIMAL;
        int at = json.indexOf(name);
        String sent = at < 0 ? json.replace("\"custom\":null,", "\"custom\":null," + member + ",")
                : json.substring(0, at) + member + json.substring(json.indexOf(',', at));
        assertThat(sent.split(java.util.regex.Pattern.quote(name), -1)).as(sent).hasSize(2);
        return mapper.readValue(sent, SampleLead.class);
    }

    @Test
    void anUnknownEnumNameReadsAsTheHandlerSays() throws Exception {
        assertThat(read("\"status\":\"ARCHIVED\"").status()).isEqualTo(SampleStatus.UNKNOWN);
        assertThat(read("\"previousStatus\":\"ARCHIVED\"").previousStatus()).hasValue(SampleStatus.UNKNOWN);
    }

    @Test
    void aNumberWrittenAsTextThatIsNoNumberReadsAsTheHandlerSays() throws Exception {
        assertThat(read("\"score\":\"many\"").score()).isEqualTo(7);
    }

    @Test
    void aScalarOfTheWrongKindReadsAsTheHandlerSays() throws Exception {
        assertThat(read("\"score\":true").score()).isEqualTo(5);
    }

    @Test
    void aListSentAsAScalarReadsAsTheHandlerSays() throws Exception {
        assertThat(read("\"phones\":\"+1\"").phones()).containsExactly("+0");
    }

    @Test
    void aMapSentAsAnArrayReadsAsTheHandlerSays() throws Exception {
        assertThat(read("\"notes\":[]").notes()).containsExactly(Map.entry("x", List.of("y")));
    }

    @Test
    void aNestedModelSentAsAScalarReadsAsTheHandlerSays() throws Exception {
        assertThat(read("\"campaign\":\"Spring\"").campaign()).hasValue(SampleLeads.WINTER);
    }

    @Test
    void aJsonValueOfAnotherShapeReadsAsTheHandlerSays() throws Exception {
        assertThat(read("\"extra\":[1]").extra()).hasValue(JsonObject.empty());
        assertThat(mapper.readValue("[1]", JsonObject.class)).isEqualTo(JsonObject.empty());
    }

    @Test
    void aModelThatCannotBeBuiltReadsAsTheHandlerSays() throws Exception {
        assertThat(mapper.readValue("{\"campaign\":null}", SampleAssignment.class).id()).isEqualTo("stand-in");
    }

    @Test
    void withoutAHandlerARequiredNestedModelSentAsNullFailsAsMissing() {
        assertThatThrownBy(() -> new ObjectMapper().readValue("{\"id\":\"a\",\"campaign\":null}", SampleAssignment.class))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("campaign");
    }

    @Test
    void aRequiredNestedModelReadsFromItsObject() throws Exception {
        assertThat(new ObjectMapper().readValue("{\"id\":\"a\",\"campaign\":{\"id\":3,\"name\":\"Winter\"},\"others\":[]}",
                SampleAssignment.class)).isEqualTo(SampleAssignment.builder().id("a").campaign(SampleLeads.WINTER).build());
    }

    @Test
    void aMissingMemberStillFailsWhereTheHandlerKnowsNoStandIn() {
        assertThatThrownBy(() -> mapper.readValue("{\"zeta\":1}", HandMadeModel.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
    }
}
