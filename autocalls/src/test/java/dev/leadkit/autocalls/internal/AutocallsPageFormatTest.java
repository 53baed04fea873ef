package dev.leadkit.autocalls.internal;

import static dev.leadkit.autocalls.Fixtures.vendorExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadStatus;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.dialect.PageReader;
import dev.leadkit.core.json.JsonValue;
import java.math.BigDecimal;
import dev.leadkit.core.internal.json.MalformedBodyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AutocallsPageFormatTest {

    private final PageReader<AutocallsLead> reader = new PageReader<>(AutocallsDialect.INSTANCE.pageFormat().apply(ZoneOffset.UTC));

    private Page<AutocallsLead> decode(String json, int page) throws IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), page);
    }

    @Test
    void autocallsExampleDecodesToTheDocumentedLead() throws IOException {
        Page<AutocallsLead> page = decode(vendorExample("autocalls-list-leads.json"), 1);

        assertThat(page.number()).isEqualTo(1);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.totalItems()).hasValue(150);
        assertThat(page.totalPages()).hasValue(10);
        assertThat(page.items()).hasSize(1);
        assertIsTheVendorExampleLead(page.items().get(0));
    }

    @Test
    void aiployeesExampleDecodesExactlyLikeAutocalls() throws IOException {
        Page<AutocallsLead> aiployees = decode(vendorExample("aiployees-list-leads.json"), 1);
        Page<AutocallsLead> autocalls = decode(vendorExample("autocalls-list-leads.json"), 1);

        assertThat(aiployees).isEqualTo(autocalls);
    }

    @Test
    void sondosBareArrayIsOneCompletePage() throws IOException {
        Page<AutocallsLead> page = decode(vendorExample("sondos-list-leads.json"), 1);

        assertThat(page.hasNext()).isFalse();
        assertThat(page.totalItems()).hasValue(1);
        assertThat(page.totalPages()).hasValue(1);
        assertIsTheVendorExampleLead(page.items().get(0));
    }

    @Test
    void leadsWrapperIsOneCompletePage() throws IOException {
        Page<AutocallsLead> page = decode("{\"leads\": " + vendorExample("sondos-list-leads.json") + "}", 1);

        assertThat(page.hasNext()).isFalse();
        assertIsTheVendorExampleLead(page.items().get(0));
    }

    @Test
    void unpaginatedShapeAskedForALaterPageIsEmpty() throws IOException {
        Page<AutocallsLead> page = decode(vendorExample("sondos-list-leads.json"), 2);

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void lastPageHasNoNext() throws IOException {
        Page<AutocallsLead> page = decode("{\"current_page\":10,\"data\":[],\"last_page\":10,\"total\":150}", 10);

        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aPageTheServerSaysIsAnotherThanTheOneRequestedFails() {
        assertThatThrownBy(() -> decode("{\"current_page\":1,\"data\":[],\"last_page\":10,\"total\":150}", 4))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("page 4 was requested but the server says it answered page 1");
    }

    @Test
    void aPageWithoutCurrentPageIsNumberedAsRequested() throws IOException {
        Page<AutocallsLead> page = decode("{\"data\":[],\"last_page\":10,\"total\":150}", 4);

        assertThat(page.number()).isEqualTo(4);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void simplePaginatorWithoutTotalsFollowsNextPageUrlPresence() throws IOException {
        Page<AutocallsLead> more = decode("{\"current_page\":1,\"data\":[],\"next_page_url\":\"https://x/api/user/leads?page=2\"}", 1);
        Page<AutocallsLead> end = decode("{\"current_page\":2,\"data\":[],\"next_page_url\":null}", 2);

        assertThat(more.hasNext()).isTrue();
        assertThat(more.totalItems()).isEmpty();
        assertThat(end.hasNext()).isFalse();
    }

    @Test
    void aBlankOrNonStringNextPageUrlMeansNoMorePages() throws IOException {
        assertThat(decode("{\"current_page\":1,\"data\":[],\"next_page_url\":\"\"}", 1).hasNext()).isFalse();
        assertThat(decode("{\"current_page\":1,\"data\":[],\"next_page_url\":\"  \"}", 1).hasNext()).isFalse();
        assertThat(decode("{\"current_page\":1,\"data\":[],\"next_page_url\":false}", 1).hasNext()).isFalse();
    }

    @Test
    void aBodySayingItFailedThatGoesOnAfterItsValueIsBrokenRatherThanTheVendorsError() {
        assertThatThrownBy(() -> decode("{\"success\":false,\"error\":\"x\"}{", 1))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageStartingWith("the body goes on after its JSON value ends");
    }

    @Test
    void idsAsStringsAreAccepted() throws IOException {
        AutocallsLead lead = single("{\"id\":\"1234569\",\"campaign_id\":\"12\",\"phone_number\":\"+1\",\"status\":\"created\","
                + "\"campaign\":{\"id\":\"12\",\"name\":\"c\"}}");

        assertThat(lead.id()).isEqualTo("1234569");
        assertThat(lead.campaignId()).hasValue(12);
        assertThat(lead.campaign().orElseThrow().id()).isEqualTo("12");
    }

    @Test
    void offsetLessTimestampsAreReadInTheServerZone() throws IOException {
        PageReader<AutocallsLead> bucharest = new PageReader<>(AutocallsDialect.INSTANCE.pageFormat().apply(ZoneId.of("Europe/Bucharest")));
        AutocallsLead lead = bucharest.read(new ByteArrayInputStream(("[{\"id\":1,\"phone_number\":\"+1\",\"status\":\"created\","
                + "\"created_at\":\"2025-06-30 11:18:04\"}]").getBytes(StandardCharsets.UTF_8)), 1).items().get(0);

        assertThat(lead.createdAt()).hasValue(Instant.parse("2025-06-30T08:18:04Z"));
    }

    @Test
    void isoTimestampsWithMicrosecondsAndZAreAccepted() throws IOException {
        AutocallsLead lead = single("{\"id\":1,\"phone_number\":\"+1\",\"status\":\"created\","
                + "\"created_at\":\"2025-06-02T12:08:17.000000Z\",\"updated_at\":\"2025-06-02T12:08:17.5+02:00\"}");

        assertThat(lead.createdAt()).hasValue(Instant.parse("2025-06-02T12:08:17Z"));
        assertThat(lead.updatedAt()).hasValue(Instant.parse("2025-06-02T10:08:17.5Z"));
    }

    @Test
    void variablesSentAsAnEmptyPhpArrayAreAnEmptyMap() throws IOException {
        AutocallsLead lead = single("{\"id\":1,\"phone_number\":\"+1\",\"status\":\"created\",\"variables\":[]}");

        assertThat(lead.variables()).isEmpty();
        assertThat(lead.name()).isEmpty();
        assertThat(lead.emails()).isEmpty();
    }

    @Test
    void nullCampaignAndMissingSecondaryContactsAreEmpty() throws IOException {
        AutocallsLead lead = single("{\"id\":1,\"phone_number\":\"+1\",\"status\":\"created\",\"campaign\":null}");

        assertThat(lead.campaign()).isEmpty();
        assertThat(lead.secondaryContacts()).isEmpty();
        assertThat(lead.phones()).containsExactly("+1");
    }

    @Test
    void unknownStatusKeepsItsRawValue() throws IOException {
        AutocallsLead lead = single("{\"id\":1,\"phone_number\":\"+1\",\"status\":\"contacted\"}");

        assertThat(lead.status()).isEqualTo(AutocallsLeadStatus.UNKNOWN);
        assertThat(lead.statusValue()).isEqualTo("contacted");
    }

    @Test
    void unknownFieldsAreKeptOnTheLead() throws IOException {
        AutocallsLead lead = single("{\"id\":1,\"phone_number\":\"+1\",\"status\":\"created\",\"score\":0.75,"
                + "\"tags\":[\"vip\"]}");

        assertThat(lead.additionalProperties()).containsOnlyKeys("score", "tags");
        assertThat(lead.additionalProperties().get("score")).isEqualTo(JsonValue.of(new BigDecimal("0.75")));
        assertThat(lead.additionalProperties().get("tags")).isEqualTo(JsonValue.parse("[\"vip\"]"));
    }

    @Test
    void numericAndNestedVariablesReadAsText() throws IOException {
        AutocallsLead lead = single("{\"id\":1,\"phone_number\":\"+1\",\"status\":\"created\","
                + "\"variables\":{\"age\":42,\"address\":{\"city\":\"Sofia\"},\"note\":null}}");

        assertThat(lead.variable("age")).hasValue("42");
        assertThat(lead.variable("address")).hasValue("{\"city\":\"Sofia\"}");
        assertThat(lead.variable("note")).isEmpty();
        assertThat(lead.variable("missing")).isEmpty();
    }

    @Test
    void truncatedBodyFailsAsAParseError() {
        String truncated = vendorExample("autocalls-list-leads.json").substring(0, 200);

        assertThatThrownBy(() -> decode(truncated, 1)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void leadWithoutPhoneNumberFailsNamingTheField() {
        assertThatThrownBy(() -> single("{\"id\":1,\"status\":\"created\"}"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("phone_number");
    }

    @Test
    void objectOfAnotherShapeFailsSayingWhatWasExpected() {
        assertThatThrownBy(() -> decode("{\"message\":\"hello\"}", 1))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("expected an object with an item array, or an array but the object has no item array");
    }

    private AutocallsLead single(String leadJson) throws IOException {
        return decode("[" + leadJson + "]", 1).items().get(0);
    }

    static void assertIsTheVendorExampleLead(AutocallsLead lead) {
        Instant at = Instant.parse("2025-06-30T11:18:04Z");
        assertThat(lead.id()).isEqualTo("1");
        assertThat(lead.campaignId()).hasValue(1);
        assertThat(lead.phoneNumber()).isEqualTo("+1234567890");
        assertThat(lead.variable("customer_name")).hasValue("John Doe");
        assertThat(lead.variable("email")).hasValue("john.doe@example.com");
        assertThat(lead.status()).isEqualTo(AutocallsLeadStatus.CREATED);
        assertThat(lead.statusValue()).isEqualTo("created");
        assertThat(lead.createdAt()).hasValue(at);
        assertThat(lead.updatedAt()).hasValue(at);
        assertThat(lead.campaign().orElseThrow().id()).isEqualTo("1");
        assertThat(lead.campaign().orElseThrow().name()).hasValue("My new campaign");
        assertThat(lead.secondaryContacts()).singleElement().satisfies(contact -> {
            assertThat(contact.id()).isEqualTo("2");
            assertThat(contact.phoneNumber()).isEqualTo("+1234567899");
            assertThat(contact.variable("customer_name")).hasValue("Jane Doe Secondary");
            assertThat(contact.status()).isEqualTo(AutocallsLeadStatus.CREATED);
            assertThat(contact.createdAt()).hasValue(at);
        });
        assertThat(lead.additionalProperties()).isEmpty();
        // the common Lead view
        assertThat(lead.name()).hasValue("John Doe");
        assertThat(lead.phones()).containsExactly("+1234567890", "+1234567899");
        assertThat(lead.emails()).containsExactly("john.doe@example.com", "jane.doe.secondary@example.com");
    }
}
