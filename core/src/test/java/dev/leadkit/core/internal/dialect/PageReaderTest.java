package dev.leadkit.core.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.dialect.TestVendor.TestLead;
import dev.leadkit.core.internal.http.VendorFailure;
import dev.leadkit.core.internal.json.MalformedBodyException;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PageReaderTest {

    private static final String ANN = "{\"id\":1,\"name\":\"Ann\"}";
    private static final String BOB = "{\"id\":\"b2\",\"name\":\"Bob\"}";

    private final PageReader<TestLead> reader = new PageReader<>(new TestVendor.Format(ZoneOffset.UTC, false));
    private final PageReader<TestLead> bareArrays = new PageReader<>(new TestVendor.Format(ZoneOffset.UTC, true));

    private static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ids(Page<TestLead> page) {
        return page.items().stream().map(TestLead::id).toList();
    }

    @Test
    void aPageReadsItsItemsInOrderAndItsSignals() throws IOException {
        Page<TestLead> page = reader.read(body("{\"data\":[" + ANN + "," + BOB + "],\"has_more\":true,\"total\":3,\"pages\":2}"), 1);

        assertThat(page.items()).containsExactly(new TestLead("1", Optional.of("Ann"), Optional.empty()),
                new TestLead("b2", Optional.of("Bob"), Optional.empty()));
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.totalItems()).hasValue(3);
        assertThat(page.totalPages()).hasValue(2);
    }

    @Test
    void theEnvelopeMayComeBeforeOrAfterTheItems() throws IOException {
        Page<TestLead> page = reader.read(body("{\"total\":2,\"pages\":1,\"data\":[" + ANN + "],\"extra\":{\"x\":[1]}}"), 1);

        assertThat(ids(page)).containsExactly("1");
        assertThat(page.hasNext()).isFalse();
        assertThat(page.totalItems()).hasValue(2);
    }

    @Test
    void theFormatReadsItemsInTheClientsServerZone() throws IOException {
        PageReader<TestLead> bucharest = new PageReader<>(new TestVendor.Format(ZoneId.of("Europe/Bucharest"), false));

        Page<TestLead> page = bucharest.read(body("{\"data\":[{\"id\":1,\"created\":\"2025-06-30 11:18:04\"}],\"pages\":1}"), 1);

        assertThat(page.items().get(0).createdAt()).hasValue(Instant.parse("2025-06-30T08:18:04Z"));
    }

    @Test
    void theSignalsGetEveryMemberButTheItemsInOrder() throws IOException {
        List<JsonObject> envelopes = new ArrayList<>();
        TestVendor.Format format = new TestVendor.Format(ZoneOffset.UTC, false) {
            @Override
            public PageSignals signals(JsonObject envelope) {
                envelopes.add(envelope);
                return super.signals(envelope);
            }
        };

        new PageReader<>(format).read(body("{\"z\":1,\"data\":[" + ANN + "],\"pages\":1,\"a\":{\"b\":[true]}}"), 1);

        assertThat(envelopes).singleElement().satisfies(envelope -> {
            assertThat(envelope.members().keySet()).containsExactly("z", "pages", "a");
            assertThat(envelope).isEqualTo(JsonValue.parse("{\"z\":1,\"pages\":1,\"a\":{\"b\":[true]}}"));
        });
    }

    @Test
    void onlyTheFirstItemArrayIsTheItemsAndALaterOneIsEnvelope() throws IOException {
        List<JsonObject> envelopes = new ArrayList<>();
        TestVendor.Format format = new TestVendor.Format(ZoneOffset.UTC, false) {
            @Override
            public PageSignals signals(JsonObject envelope) {
                envelopes.add(envelope);
                return super.signals(envelope);
            }
        };

        Page<TestLead> page = new PageReader<>(format).read(body("{\"data\":[" + ANN + "],\"all\":[" + BOB + "],\"pages\":1}"), 1);

        assertThat(ids(page)).containsExactly("1");
        assertThat(page.totalPages()).hasValue(1);
        assertThat(envelopes.get(0).get("all")).hasValue(JsonValue.parse("[" + BOB + "]"));
    }

    @Test
    void anArrayUnderAnotherMemberIsEnvelopeNotTheItems() throws IOException {
        Page<TestLead> page = reader.read(body("{\"related\":[" + BOB + "],\"data\":[" + ANN + "],\"pages\":1}"), 1);

        assertThat(ids(page)).containsExactly("1");
    }

    @Test
    void anItemMemberThatIsNotAnArrayIsEnvelopeAndLeavesThePageWithoutItems() {
        assertThatThrownBy(() -> reader.read(body("{\"data\":null,\"pages\":1}"), 1))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("expected an object with an item array but the object has no item array");
    }

    @Test
    void anItemArrayTheFormatCallsTheWholeListingIsPageOneOfOne() throws IOException {
        Page<TestLead> page = reader.read(body("{\"all\":[" + ANN + "," + BOB + "]}"), 1);

        assertThat(ids(page)).containsExactly("1", "b2");
        assertThat(page.hasNext()).isFalse();
        assertThat(page.totalItems()).hasValue(2);
        assertThat(page.totalPages()).hasValue(1);
    }

    @Test
    void aLaterPageOfTheWholeListingIsEmpty() throws IOException {
        Page<TestLead> page = reader.read(body("{\"all\":[" + ANN + "," + BOB + "]}"), 2);

        assertThat(page.items()).isEmpty();
        assertThat(page.number()).isEqualTo(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aBareArrayIsTheWholeListingWhenTheFormatSaysSo() throws IOException {
        Page<TestLead> page = bareArrays.read(body("[" + ANN + "," + BOB + "]"), 1);

        assertThat(ids(page)).containsExactly("1", "b2");
        assertThat(page.hasNext()).isFalse();
        assertThat(page.totalItems()).hasValue(2);
        assertThat(page.totalPages()).hasValue(1);
    }

    @Test
    void aBareArrayFailsWhenTheFormatDoesNotSaySo() {
        assertThatThrownBy(() -> reader.read(body("[" + ANN + "]"), 1))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("expected an object with an item array but the body is ARRAY");
    }

    @Test
    void aScalarBodyFailsSayingWhatWasExpected() {
        assertThatThrownBy(() -> reader.read(body("\"leads\""), 1))
                .isInstanceOf(MalformedBodyException.class).hasMessage("expected an object with an item array but the body is STRING");
        assertThatThrownBy(() -> bareArrays.read(body("42"), 1))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("expected an object with an item array, or an array but the body is NUMBER");
    }

    @Test
    void anObjectWithoutItemsFailsSayingWhatWasExpected() {
        assertThatThrownBy(() -> bareArrays.read(body("{\"pages\":1}"), 1))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("expected an object with an item array, or an array but the object has no item array");
    }

    @Test
    void anEmptyBodyFails() {
        assertThatThrownBy(() -> reader.read(body(""), 1)).isInstanceOf(MalformedBodyException.class).hasMessage("the body is empty");
        assertThatThrownBy(() -> reader.read(body(" \n"), 1)).isInstanceOf(MalformedBodyException.class).hasMessage("the body is empty");
    }

    @Test
    void anItemThatIsNotAnObjectFailsNamingItsKind() {
        assertThatThrownBy(() -> reader.read(body("{\"data\":[" + ANN + ",7],\"pages\":1}"), 1))
                .isInstanceOf(MalformedBodyException.class).hasMessage("each lead should be an object but one is NUMBER");
        assertThatThrownBy(() -> bareArrays.read(body("[[]]"), 1))
                .isInstanceOf(MalformedBodyException.class).hasMessage("each lead should be an object but one is ARRAY");
    }

    @Test
    void aBodyThatGoesOnAfterItsValueFails() {
        assertThatThrownBy(() -> reader.read(body("{\"data\":[],\"pages\":1} {}"), 1))
                .isInstanceOf(MalformedBodyException.class).hasMessageStartingWith("the body goes on after its JSON value ends");
        assertThatThrownBy(() -> bareArrays.read(body("[] []"), 1))
                .isInstanceOf(MalformedBodyException.class).hasMessageStartingWith("the body goes on after its JSON value ends");
    }

    @Test
    void successFalseIsTheVendorsFailureWithTheEnvelopeButTheItems() {
        VendorFailure failure = catchThrowableOfType(VendorFailure.class,
                () -> reader.read(body("{\"success\":false,\"message\":\"nope\",\"data\":[" + ANN + "]}"), 1));

        assertThat(failure.envelope()).isEqualTo(JsonValue.parse("{\"success\":false,\"message\":\"nope\"}"));
        assertThat(failure).hasMessage("the body says the request failed");
    }

    @Test
    void successFalseWinsOverSignalsThatCouldNotBeRead() {
        assertThatThrownBy(() -> reader.read(body("{\"success\":false,\"total\":\"many\"}"), 1)).isInstanceOf(VendorFailure.class);
    }

    @Test
    void successTrueReadsAsAPage() throws IOException {
        assertThat(ids(reader.read(body("{\"success\":true,\"data\":[" + ANN + "],\"pages\":1}"), 1))).containsExactly("1");
    }

    @Test
    void signalsThatCannotBeTrustedFailThePage() {
        assertThatThrownBy(() -> reader.read(body("{\"data\":[],\"total\":-1,\"pages\":1}"), 1))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'total' must not be negative but is -1");
    }

    @Test
    void theFormatsItemReaderSeesEachItemFromItsFirstToken() throws IOException {
        List<String> firstTokens = new ArrayList<>();
        TestVendor.Format format = new TestVendor.Format(ZoneOffset.UTC, false) {
            @Override
            public TestLead item(JsonParser parser) throws IOException {
                firstTokens.add(parser.currentToken().name());
                return super.item(parser);
            }
        };

        new PageReader<>(format).read(body("{\"data\":[" + ANN + "," + BOB + "],\"pages\":1}"), 1);

        assertThat(firstTokens).containsExactly("START_OBJECT", "START_OBJECT");
    }

    @Test
    void aFormatWithTheDefaultsReadsItsItemsUnderData() throws IOException {
        PageFormat<TestLead> defaults = new PageFormat<>() {
            private final TestVendor.Format format = new TestVendor.Format(ZoneOffset.UTC, false);

            @Override
            public TestLead item(JsonParser parser) throws IOException {
                return format.item(parser);
            }

            @Override
            public PageSignals signals(JsonObject envelope) {
                return new PageSignals(Optional.of(false), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
            }
        };

        assertThat(defaults.itemArrays()).isEqualTo(Map.of("data", PageFormat.Items.PAGE));
        assertThat(defaults.bareArrayIsWholeListing()).isFalse();
        assertThat(ids(new PageReader<>(defaults).read(body("{\"data\":[" + ANN + "]}"), 1))).containsExactly("1");
        assertThatThrownBy(() -> new PageReader<>(defaults).read(body("[" + ANN + "]"), 1)).isInstanceOf(MalformedBodyException.class);
    }
}
