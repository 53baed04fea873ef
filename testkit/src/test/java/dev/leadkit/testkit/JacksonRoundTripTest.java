package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.leadkit.autocalls.AutocallsCampaign;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsSecondaryContact;
import dev.leadkit.core.Lead;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import dev.leadkit.orgleads.OrgLead;
import dev.leadkit.tracking.TrackingLead;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leads the real clients decoded, written with a caller's own Jackson 2 {@code ObjectMapper} or Jackson 3
 * {@code JsonMapper}, whatever its modules and settings, as leadkit's vendor-neutral JSON ({@code platform} first,
 * every attribute under its accessor's name in declaration order, absent optionals left out, instants as ISO-8601,
 * decimals exact, unknown fields kept): the text the lead's own {@code toJson()} writes, read back equal by either
 * major and by {@code fromJson}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JacksonRoundTripTest {

    /** The mapper a caller most often has: plain, with JavaTimeModule registered. */
    static final ObjectMapper JAVA_TIME = new ObjectMapper().registerModule(new JavaTimeModule());
    /** A mapper with no module at all. */
    static final ObjectMapper PLAIN = new ObjectMapper();
    /** A mapper whose settings would change a bean's JSON: Optional support, dates as numbers, snake_case names. */
    static final ObjectMapper RECONFIGURED = new ObjectMapper().registerModule(new Jdk8Module())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /** Jackson 3, plain: its databind reads java.time and Optional itself, so it has no modules to add. */
    static final JsonMapper JACKSON3 = new JsonMapper();
    /**
     * Jackson 3 as Spring Boot 4 builds its {@code JsonMapper} by default: the modules found on the class path,
     * unknown properties ignored, views not inclusive.
     */
    static final JsonMapper JACKSON3_BOOT = JsonMapper.builder().findAndAddModules()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(tools.jackson.databind.MapperFeature.DEFAULT_VIEW_INCLUSION)
            .build();
    /** Jackson 3 with settings that would change a bean's JSON: snake_case names, dates as numbers, plain decimals. */
    static final JsonMapper JACKSON3_RECONFIGURED = JsonMapper.builder()
            .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
            .enable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private List<AutocallsLead> autocalls;
    private List<OrgLead> orgLeads;
    private List<TrackingLead> tracking;

    @BeforeAll
    void decodeEveryLead() {
        autocalls = DecodedLeads.allAutocalls();
        orgLeads = DecodedLeads.allOrgLeads();
        tracking = DecodedLeads.allTracking();
        // the listings hold what the round trips are meant to cover
        assertThat(autocalls).hasSizeGreaterThan(300)
                .anyMatch(lead -> !lead.secondaryContacts().isEmpty())
                .anyMatch(lead -> lead.campaign().isPresent())
                .anyMatch(lead -> lead.campaign().isEmpty())
                .anyMatch(lead -> lead.campaignId().isEmpty())
                .anyMatch(lead -> !lead.additionalProperties().isEmpty())
                .anyMatch(lead -> lead.variables().values().stream().anyMatch(v -> v.asObject().isPresent()));
        assertThat(orgLeads).hasSizeGreaterThan(300)
                .anyMatch(lead -> lead.notes().isEmpty())
                .anyMatch(lead -> lead.nextCallAt().isPresent())
                .anyMatch(lead -> !lead.additionalProperties().isEmpty());
        assertThat(tracking).hasSizeGreaterThan(400)
                .anyMatch(lead -> lead.value().isPresent())
                .anyMatch(lead -> lead.customFields().isPresent())
                .anyMatch(lead -> lead.createdAt().isEmpty())
                .anyMatch(lead -> !lead.additionalProperties().isEmpty());
    }

    static Stream<ObjectMapper> mappers() {
        return Stream.of(JAVA_TIME, PLAIN, RECONFIGURED);
    }

    static Stream<JsonMapper> jackson3Mappers() {
        return Stream.of(JACKSON3, JACKSON3_BOOT, JACKSON3_RECONFIGURED);
    }

    /** What every writer writes for {@code value}: each Jackson 2 and Jackson 3 mapper's text. */
    static List<String> everyMappersText(Object value) {
        List<String> texts = new ArrayList<>();
        mappers().forEach(mapper -> texts.add(write(mapper, value)));
        jackson3Mappers().forEach(mapper -> texts.add(mapper.writeValueAsString(value)));
        return texts;
    }

    /** A lead's own {@code toJson()}. */
    static String toJson(Lead lead) {
        if (lead instanceof AutocallsLead autocallsLead) {
            return autocallsLead.toJson();
        }
        return lead instanceof OrgLead orgLead ? orgLead.toJson() : ((TrackingLead) lead).toJson();
    }

    static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <L extends Lead> List<L> roundTrip(ObjectMapper mapper, List<L> leads, Class<L> type) {
        List<L> read = new ArrayList<>();
        for (L lead : leads) {
            read.add(read(mapper, write(mapper, lead), type));
        }
        return read;
    }

    /** The JSON text with one member of the top-level object left out. */
    private static String without(String json, String member) {
        Map<String, JsonValue> members = new LinkedHashMap<>(((JsonObject) JsonValue.parse(json)).members());
        assertThat(members.remove(member)).as("%s in %s", member, json).isNotNull();
        return new JsonObject(members).toJson();
    }

    /** The JSON text with one member of the top-level object set to JSON null. */
    private static String withNull(String json, String member) {
        Map<String, JsonValue> members = new LinkedHashMap<>(((JsonObject) JsonValue.parse(json)).members());
        assertThat(members.replace(member, JsonNull.INSTANCE)).as(member).isNotNull();
        return new JsonObject(members).toJson();
    }

    // ---- every decoded lead reads back equal, with every mapper

    @ParameterizedTest
    @MethodSource("mappers")
    void everyDecodedAutocallsLeadReadsBackEqual(ObjectMapper mapper) {
        assertThat(roundTrip(mapper, autocalls, AutocallsLead.class)).containsExactlyElementsOf(autocalls);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void everyDecodedOrgLeadReadsBackEqual(ObjectMapper mapper) {
        assertThat(roundTrip(mapper, orgLeads, OrgLead.class)).containsExactlyElementsOf(orgLeads);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void everyDecodedTrackingLeadReadsBackEqual(ObjectMapper mapper) {
        List<TrackingLead> read = roundTrip(mapper, tracking, TrackingLead.class);

        assertThat(read).containsExactlyElementsOf(tracking);
        // customFields() is derived (not part of equals): it must come back too
        assertThat(read).extracting(TrackingLead::customFields)
                .containsExactlyElementsOf(tracking.stream().map(TrackingLead::customFields).toList());
    }

    @ParameterizedTest
    @MethodSource("jackson3Mappers")
    void everyDecodedLeadReadsBackEqualWithJackson3(JsonMapper mapper) {
        assertThat(autocalls).allSatisfy(lead -> assertThat(mapper.readValue(mapper.writeValueAsString(lead), AutocallsLead.class)).isEqualTo(lead));
        assertThat(orgLeads).allSatisfy(lead -> assertThat(mapper.readValue(mapper.writeValueAsString(lead), OrgLead.class)).isEqualTo(lead));
        assertThat(tracking).allSatisfy(lead -> assertThat(mapper.readValue(mapper.writeValueAsString(lead), TrackingLead.class)).isEqualTo(lead));
    }

    @Test
    void everyLeadWritesItsOwnToJsonWithEveryMapperOfEitherMajor() {
        List<Lead> all = new ArrayList<>(autocalls);
        all.addAll(orgLeads);
        all.addAll(tracking);
        for (Lead lead : all) {
            String json = toJson(lead);
            assertThat(everyMappersText(lead)).as(json).containsOnly(json);
        }
    }

    @Test
    void textWrittenByJackson2ReadsBackEqualWithJackson3AndTheOtherWayRound() {
        for (AutocallsLead lead : autocalls) {
            assertThat(JACKSON3_BOOT.readValue(write(JAVA_TIME, lead), AutocallsLead.class)).isEqualTo(lead);
            assertThat(read(PLAIN, JACKSON3.writeValueAsString(lead), AutocallsLead.class)).isEqualTo(lead);
        }
        for (OrgLead lead : orgLeads) {
            assertThat(JACKSON3.readValue(write(RECONFIGURED, lead), OrgLead.class)).isEqualTo(lead);
            assertThat(read(JAVA_TIME, JACKSON3_RECONFIGURED.writeValueAsString(lead), OrgLead.class)).isEqualTo(lead);
        }
        for (TrackingLead lead : tracking) {
            assertThat(JACKSON3_RECONFIGURED.readValue(write(PLAIN, lead), TrackingLead.class)).isEqualTo(lead);
            assertThat(read(RECONFIGURED, JACKSON3_BOOT.writeValueAsString(lead), TrackingLead.class)).isEqualTo(lead);
        }
    }

    @Test
    void fromJsonReadsBackEveryLeadsOwnText() {
        assertThat(autocalls).allSatisfy(lead -> assertThat(AutocallsLead.fromJson(lead.toJson())).isEqualTo(lead));
        assertThat(orgLeads).allSatisfy(lead -> assertThat(OrgLead.fromJson(lead.toJson())).isEqualTo(lead));
        assertThat(tracking).allSatisfy(lead -> assertThat(TrackingLead.fromJson(lead.toJson())).isEqualTo(lead));
    }

    @Test
    void aCampaignAndASecondaryContactWriteAndReadAloneWithEitherMajor() {
        AutocallsLead lead = DecodedLeads.autocalls(DecodedLeads.AUTOCALLS_RICH).get(0);
        AutocallsCampaign campaign = lead.campaign().orElseThrow();
        AutocallsSecondaryContact contact = lead.secondaryContacts().get(0);

        assertThat(everyMappersText(campaign)).containsOnly(campaign.toJson());
        assertThat(everyMappersText(contact)).containsOnly(contact.toJson());
        assertThat(read(PLAIN, campaign.toJson(), AutocallsCampaign.class)).isEqualTo(campaign);
        assertThat(JACKSON3.readValue(campaign.toJson(), AutocallsCampaign.class)).isEqualTo(campaign);
        assertThat(AutocallsCampaign.fromJson(campaign.toJson())).isEqualTo(campaign);
        assertThat(read(PLAIN, contact.toJson(), AutocallsSecondaryContact.class)).isEqualTo(contact);
        assertThat(JACKSON3.readValue(contact.toJson(), AutocallsSecondaryContact.class)).isEqualTo(contact);
        assertThat(AutocallsSecondaryContact.fromJson(contact.toJson())).isEqualTo(contact);
    }

    // ---- leads stored by the first version of this form

    /** The lines of a file of stored leads, one lead's JSON a line, as leadkit 0.1.0 wrote them with a plain ObjectMapper. */
    private static List<String> stored(String name) {
        return DecodedLeads.resource("/stored/" + name).lines().toList();
    }

    @Test
    void leadsStoredByTheFirstVersionReadBackEqualAndAreWrittenTheSameToday() {
        List<AutocallsLead> autocallsLeads = new ArrayList<>(DecodedLeads.autocallsFixtures());
        autocallsLeads.addAll(DecodedLeads.autocalls(DecodedLeads.AUTOCALLS_RICH));
        List<OrgLead> org = new ArrayList<>(DecodedLeads.orgLeadsFixtures());
        org.addAll(DecodedLeads.orgLeads(DecodedLeads.ORGLEADS_RICH));
        List<TrackingLead> trackingLeads = new ArrayList<>(DecodedLeads.trackingFixtures());
        trackingLeads.addAll(DecodedLeads.tracking(DecodedLeads.TRACKING_RICH));

        assertStored(stored("autocalls-leads.jsonl"), autocallsLeads, AutocallsLead.class, AutocallsLead::fromJson);
        assertStored(stored("orgleads-leads.jsonl"), org, OrgLead.class, OrgLead::fromJson);
        assertStored(stored("tracking-leads.jsonl"), trackingLeads, TrackingLead.class, TrackingLead::fromJson);
    }

    private static <L extends Lead> void assertStored(List<String> stored, List<L> leads, Class<L> type,
            java.util.function.Function<String, L> fromJson) {
        assertThat(stored).hasSameSizeAs(leads);
        for (int i = 0; i < stored.size(); i++) {
            String json = stored.get(i);
            L lead = leads.get(i);
            assertThat(read(PLAIN, json, type)).as(json).isEqualTo(lead);
            assertThat(JACKSON3.readValue(json, type)).as(json).isEqualTo(lead);
            assertThat(fromJson.apply(json)).as(json).isEqualTo(lead);
            assertThat(toJson(lead)).isEqualTo(json);
        }
    }

    @Test
    void everyLeadWritesTheSameTextWhateverTheMappersModulesAndSettings() {
        List<Lead> all = new ArrayList<>(autocalls);
        all.addAll(orgLeads);
        all.addAll(tracking);
        for (Lead lead : all) {
            String json = write(JAVA_TIME, lead);
            assertThat(write(PLAIN, lead)).as("no module").isEqualTo(json);
            assertThat(write(RECONFIGURED, lead)).as("Jdk8Module, timestamps, SNAKE_CASE").isEqualTo(json);
        }
    }

    @Test
    void everyLeadWritesItsPlatformFirst() {
        autocalls.forEach(lead -> assertThat(write(PLAIN, lead)).startsWith("{\"platform\":\"autocalls\",\"id\":"));
        orgLeads.forEach(lead -> assertThat(write(PLAIN, lead)).startsWith("{\"platform\":\"orgleads\",\"id\":"));
        tracking.forEach(lead -> assertThat(write(PLAIN, lead)).startsWith("{\"platform\":\"tracking\",\"id\":"));
    }

    @Test
    void jsonWrittenByOneMapperReadsBackEqualWithAnother() {
        AutocallsLead autocallsLead = DecodedLeads.autocalls(DecodedLeads.AUTOCALLS_RICH).get(0);
        TrackingLead trackingLead = DecodedLeads.tracking(DecodedLeads.TRACKING_RICH).get(0);
        OrgLead orgLead = DecodedLeads.orgLeads(DecodedLeads.ORGLEADS_RICH).get(0);

        assertThat(read(RECONFIGURED, write(JAVA_TIME, autocallsLead), AutocallsLead.class)).isEqualTo(autocallsLead);
        assertThat(read(PLAIN, write(RECONFIGURED, trackingLead), TrackingLead.class)).isEqualTo(trackingLead);
        assertThat(read(JAVA_TIME, write(PLAIN, orgLead), OrgLead.class)).isEqualTo(orgLead);
    }

    @Test
    void aMapperWritingBigDecimalsPlainStillWritesExactDecimalsAndReadsBackEqual() {
        // WRITE_BIGDECIMAL_AS_PLAIN is a common setting of a caller's mapper; a number sent as 1e3 is 1E+3, scale -3
        ObjectMapper plainDecimals = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        AutocallsLead autocallsLead = DecodedLeads.autocalls(DecodedLeads.AUTOCALLS_RICH).get(0);
        TrackingLead trackingLead = DecodedLeads.tracking(DecodedLeads.TRACKING_RICH.replace("\"value\": 1500.50", "\"value\": 1.5e3")).get(0);
        assertThat(autocallsLead.variables().get("ratio")).isEqualTo(JsonValue.of(new BigDecimal("1E+3")));
        assertThat(trackingLead.value()).contains(new BigDecimal("1.5E+3"));

        assertThat(write(plainDecimals, autocallsLead)).isEqualTo(write(PLAIN, autocallsLead));
        assertThat(write(plainDecimals, trackingLead)).isEqualTo(write(PLAIN, trackingLead));
        assertThat(read(plainDecimals, write(plainDecimals, autocallsLead), AutocallsLead.class)).isEqualTo(autocallsLead);
        assertThat(read(plainDecimals, write(plainDecimals, trackingLead), TrackingLead.class)).isEqualTo(trackingLead);
    }

    @Test
    void aMapperWritingNumbersAsStringsReadsItsOwnLeadsBackEqual() {
        ObjectMapper numbersAsStrings = new ObjectMapper().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature());
        AutocallsLead autocallsLead = autocalls.stream().filter(lead -> lead.campaignId().isPresent()).findFirst().orElseThrow();
        TrackingLead trackingLead = tracking.stream().filter(lead -> lead.value().isPresent()).findFirst().orElseThrow();

        assertThat(write(numbersAsStrings, autocallsLead)).contains("\"campaignId\":\"" + autocallsLead.campaignId().getAsLong() + "\"");
        assertThat(read(numbersAsStrings, write(numbersAsStrings, autocallsLead), AutocallsLead.class)).isEqualTo(autocallsLead);
        assertThat(read(numbersAsStrings, write(numbersAsStrings, trackingLead), TrackingLead.class)).isEqualTo(trackingLead);
    }

    @Test
    void aMapperWithDefaultTypingWritesTheModelTypesIdAndReadsLeadsOfEveryDialectBack() throws JsonProcessingException {
        ObjectMapper typed = new ObjectMapper().activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("dev.leadkit.").allowIfSubType("java.util.").build(), ObjectMapper.DefaultTyping.NON_FINAL);
        List<Lead> mixed = List.of(autocalls.stream().filter(lead -> !lead.secondaryContacts().isEmpty()).findFirst().orElseThrow(),
                orgLeads.get(0), tracking.stream().filter(lead -> lead.customFields().isPresent()).findFirst().orElseThrow());
        Holder holder = new Holder();
        holder.leads = new ArrayList<>(mixed);

        String json = typed.writeValueAsString(holder);

        assertThat(json).contains("\"dev.leadkit.autocalls.AutocallsLead\"", "\"dev.leadkit.orgleads.OrgLead\"",
                "\"dev.leadkit.tracking.TrackingLead\"").doesNotContain("Immutable");
        assertThat(typed.readValue(json, Holder.class).leads).containsExactlyElementsOf(mixed);
    }

    /** A caller's own bean holding leads of every platform, as a queue message might. */
    static final class Holder {
        public List<Lead> leads;
    }

    // ---- the form, pinned on one lead of each dialect

    private static final String AUTOCALLS_PINNED_BODY = """
            [{"id": 1, "campaign_id": 1, "phone_number": "+1234567890",
              "variables": {"customer_name": "John Doe", "email": "john.doe@example.com", "price": 1500.50,
                            "plan": {"name": "pro", "tags": ["a", null]}},
              "status": "created", "created_at": "2025-06-30 11:18:04", "updated_at": null,
              "campaign": {"id": 1, "name": "My new campaign"},
              "secondary_contacts": [{"id": 2, "phone_number": "+1234567899",
                "variables": {"customer_name": "Jane Doe Secondary"}, "status": "created",
                "created_at": "2025-06-30 11:18:04", "updated_at": "2025-06-30 11:18:05"}],
              "priority": {"level": 2}}]
            """;

    @Test
    void anAutocallsLeadWritesAsLeadkitsJson() {
        AutocallsLead lead = DecodedLeads.autocalls(AUTOCALLS_PINNED_BODY).get(0);
        String expected = "{\"platform\":\"autocalls\",\"id\":\"1\",\"campaignId\":1,\"phoneNumber\":\"+1234567890\","
                + "\"variables\":{\"customer_name\":\"John Doe\",\"email\":\"john.doe@example.com\",\"price\":1500.50,"
                + "\"plan\":{\"name\":\"pro\",\"tags\":[\"a\",null]}},"
                + "\"statusValue\":\"created\",\"createdAt\":\"2025-06-30T11:18:04Z\","
                + "\"campaign\":{\"id\":\"1\",\"name\":\"My new campaign\",\"additionalProperties\":{}},"
                + "\"secondaryContacts\":[{\"id\":\"2\",\"phoneNumber\":\"+1234567899\","
                + "\"variables\":{\"customer_name\":\"Jane Doe Secondary\"},\"statusValue\":\"created\","
                + "\"createdAt\":\"2025-06-30T11:18:04Z\",\"updatedAt\":\"2025-06-30T11:18:05Z\",\"additionalProperties\":{}}],"
                + "\"additionalProperties\":{\"priority\":{\"level\":2}}}";

        assertThat(everyMappersText(lead)).containsOnly(expected);
        assertThat(lead.toJson()).isEqualTo(expected);
        assertThat(read(PLAIN, expected, AutocallsLead.class)).isEqualTo(lead);
        assertThat(JACKSON3.readValue(expected, AutocallsLead.class)).isEqualTo(lead);
    }

    @Test
    void anAutocallsLeadWithoutCampaignOrTimestampsLeavesThemOut() {
        AutocallsLead lead = DecodedLeads.autocalls("""
                [{"id": 104, "campaign_id": null, "phone_number": "+14155550104", "variables": [],
                  "status": "mystery-status", "campaign": null, "secondary_contacts": null}]
                """).get(0);
        String expected = "{\"platform\":\"autocalls\",\"id\":\"104\",\"phoneNumber\":\"+14155550104\",\"variables\":{},"
                + "\"statusValue\":\"mystery-status\",\"secondaryContacts\":[],\"additionalProperties\":{}}";

        assertThat(everyMappersText(lead)).containsOnly(expected);
        assertThat(lead.toJson()).isEqualTo(expected);
        assertThat(read(PLAIN, expected, AutocallsLead.class)).isEqualTo(lead);
        assertThat(JACKSON3.readValue(expected, AutocallsLead.class)).isEqualTo(lead);
    }

    @Test
    void anOrgLeadWritesAsLeadkitsJson() {
        OrgLead lead = DecodedLeads.orgLeads("""
                {"data": [{"id": "65f0a000a000a000a000a001", "name": "Acme Co - Jane Doe", "phones": ["+14155550101"],
                  "emails": ["jane@acme.com"], "primaryPhone": "+14155550101", "primaryEmail": "jane@acme.com",
                  "contactId": "65f0a000a000a000a000a002", "company": "Acme Co", "source": "website",
                  "status": "QUALIFIED", "notes": null, "nextCallAt": "2026-05-02T10:30:00.000Z",
                  "createdAt": "2026-04-21T09:00:00.000Z", "updatedAt": "2026-04-28T16:14:00.500Z",
                  "assignedToId": "65e0a000a000a000a000a000", "clientId": null, "score": 87.50}],
                 "pagination": {"page": 1, "pageSize": 50, "total": 1, "totalPages": 1, "hasNextPage": false,
                  "hasPrevPage": false}}
                """).get(0);
        String expected = "{\"platform\":\"orgleads\",\"id\":\"65f0a000a000a000a000a001\",\"name\":\"Acme Co - Jane Doe\","
                + "\"phones\":[\"+14155550101\"],\"emails\":[\"jane@acme.com\"],\"primaryPhone\":\"+14155550101\","
                + "\"primaryEmail\":\"jane@acme.com\",\"contactId\":\"65f0a000a000a000a000a002\",\"company\":\"Acme Co\","
                + "\"source\":\"website\",\"statusValue\":\"QUALIFIED\",\"nextCallAt\":\"2026-05-02T10:30:00Z\","
                + "\"createdAt\":\"2026-04-21T09:00:00Z\",\"updatedAt\":\"2026-04-28T16:14:00.500Z\","
                + "\"assignedToId\":\"65e0a000a000a000a000a000\",\"additionalProperties\":{\"score\":87.50}}";

        assertThat(everyMappersText(lead)).containsOnly(expected);
        assertThat(lead.toJson()).isEqualTo(expected);
        assertThat(read(PLAIN, expected, OrgLead.class)).isEqualTo(lead);
        assertThat(JACKSON3.readValue(expected, OrgLead.class)).isEqualTo(lead);
    }

    @Test
    void aTrackingLeadWritesAsLeadkitsJson() {
        String vendorPage = DecodedLeads.fixture("tracking-leads-page.json");
        String withFutureField = vendorPage.replace("\"lossReason\": null,",
                "\"lossReason\": null, \"futureField\": {\"a\": [1, 2.50]},");
        assertThat(withFutureField).isNotEqualTo(vendorPage);
        TrackingLead lead = DecodedLeads.tracking(withFutureField).get(0);
        String expected = "{\"platform\":\"tracking\",\"id\":\"lead_abc123\",\"name\":\"Jane Doe\","
                + "\"email\":\"jane@example.com\",\"phone\":\"+31612345678\",\"statusValue\":\"won\",\"value\":1500.50,"
                + "\"note\":\"Asked for a demo\",\"custom\":\"{\\\"company\\\":\\\"Acme Inc\\\"}\","
                + "\"conversionName\":\"Purchase\",\"sourceValue\":\"inbound\",\"website\":\"https://example.com\","
                + "\"path\":\"/pricing\",\"gclid\":\"Cj0KCQiA_gclid\",\"dclid\":\"dclid_1\",\"wbraid\":\"wbraid_1\","
                + "\"gbraid\":\"gbraid_1\",\"ga4cid\":\"1234567890.1700000000\",\"ga4sid\":\"1700000000\","
                + "\"fbc\":\"fb.1.1700000000000.AbCdEf\",\"fbp\":\"fb.1.1700000000000.123456789\",\"msclkid\":\"msclkid_1\","
                + "\"ttclid\":\"ttclid_1\",\"twclid\":\"twclid_1\",\"rdtCid\":\"rdt_cid_1\",\"sccid\":\"sccid_1\","
                + "\"epik\":\"epik_1\",\"liFatId\":\"li_fat_id_1\",\"utmSource\":\"google\",\"utmMedium\":\"cpc\","
                + "\"utmCampaign\":\"spring-sale\",\"adStorage\":true,\"adUserData\":true,\"analyticsStorage\":false,"
                + "\"adPersonalization\":false,\"googleAdsCampaignId\":\"20123456789\",\"googleAdsCampaignName\":\"Spring Sale\","
                + "\"googleAdsAdGroupId\":\"150123456789\",\"googleAdsAdGroupName\":\"Brand\",\"googleAdsAdId\":\"680123456789\","
                + "\"labelId\":\"label_123\",\"selectedConversionEventId\":\"conv_456\",\"createdAt\":\"2026-03-01T09:30:00Z\","
                + "\"updatedAt\":\"2026-03-05T14:15:30.250Z\",\"qualifiedAt\":\"2026-03-02T10:00:00Z\","
                + "\"expiresAt\":\"2026-06-01T00:00:00Z\",\"additionalProperties\":{\"futureField\":{\"a\":[1,2.50]}}}";

        assertThat(everyMappersText(lead)).containsOnly(expected);
        assertThat(lead.toJson()).isEqualTo(expected);
        assertThat(read(PLAIN, expected, TrackingLead.class)).isEqualTo(lead);
        assertThat(JACKSON3.readValue(expected, TrackingLead.class)).isEqualTo(lead);
    }

    @Test
    void aPartialTrackingLeadWritesOnlyWhatItHas() {
        TrackingLead lead = DecodedLeads.tracking(DecodedLeads.fixture("tracking-projection-page.json")).get(1);
        String expected = "{\"platform\":\"tracking\",\"id\":\"lead_def456\",\"name\":\"John Roe\",\"statusValue\":\"\","
                + "\"additionalProperties\":{}}";

        assertThat(everyMappersText(lead)).containsOnly(expected);
        assertThat(lead.toJson()).isEqualTo(expected);
        assertThat(read(PLAIN, expected, TrackingLead.class)).isEqualTo(lead);
        assertThat(JACKSON3.readValue(expected, TrackingLead.class)).isEqualTo(lead);
    }

    // ---- collections through a TypeReference

    @Test
    void aListOfTrackingLeadsRoundTripsThroughATypeReference() throws JsonProcessingException {
        String json = JAVA_TIME.writeValueAsString(tracking);

        List<TrackingLead> read = JAVA_TIME.readValue(json, new TypeReference<List<TrackingLead>>() { });

        assertThat(read).containsExactlyElementsOf(tracking);
        assertThat(json).startsWith("[" + write(JAVA_TIME, tracking.get(0)) + ",");
    }

    @Test
    void aMapOfAutocallsLeadsByIdRoundTripsThroughATypeReference() throws JsonProcessingException {
        Map<String, AutocallsLead> byId = new LinkedHashMap<>();
        autocalls.forEach(lead -> byId.put(lead.platform().id() + ":" + byId.size() + ":" + lead.id(), lead));

        String json = JAVA_TIME.writeValueAsString(byId);
        Map<String, AutocallsLead> read = JAVA_TIME.readValue(json, new TypeReference<Map<String, AutocallsLead>>() { });

        assertThat(read).containsExactlyEntriesOf(byId);
    }

    @Test
    void aLeadNestedInACallersOwnBeanRoundTrips() throws JsonProcessingException {
        Envelope envelope = new Envelope();
        envelope.lead = DecodedLeads.autocalls(DecodedLeads.AUTOCALLS_RICH).get(0);
        envelope.others = List.copyOf(orgLeads.subList(0, 3));

        Envelope read = RECONFIGURED.readValue(RECONFIGURED.writeValueAsString(envelope), Envelope.class);

        assertThat(read.lead).isEqualTo(envelope.lead);
        assertThat(read.others).isEqualTo(envelope.others);
    }

    /** A caller's own bean holding leads. */
    static final class Envelope {
        public AutocallsLead lead;
        public List<OrgLead> others;
    }

    // ---- what reading rejects and what it skips

    @Test
    void jsonLackingARequiredAttributeFailsNamingIt() {
        String autocallsJson = write(PLAIN, autocalls.get(0));
        String orgJson = write(PLAIN, orgLeads.get(0));
        String trackingJson = write(PLAIN, tracking.get(0));

        assertMissing(autocallsJson, "id", AutocallsLead.class);
        assertMissing(autocallsJson, "phoneNumber", AutocallsLead.class);
        assertMissing(autocallsJson, "statusValue", AutocallsLead.class);
        assertMissing(orgJson, "id", OrgLead.class);
        assertMissing(orgJson, "contactId", OrgLead.class);
        assertMissing(orgJson, "statusValue", OrgLead.class);
        assertMissing(trackingJson, "id", TrackingLead.class);
        assertMissing(trackingJson, "statusValue", TrackingLead.class);
    }

    private static void assertMissing(String json, String attribute, Class<?> type) {
        String lacking = without(json, attribute);
        assertThatThrownBy(() -> PLAIN.readValue(lacking, type)).as("%s without %s", type.getSimpleName(), attribute)
                .isInstanceOf(JsonMappingException.class)
                .hasMessageMatching("(?s).*\\b" + attribute + "\\b.*");
        assertThatThrownBy(() -> JACKSON3.readValue(lacking, type)).as("Jackson 3: %s without %s", type.getSimpleName(), attribute)
                .isInstanceOf(DatabindException.class)
                .hasMessageMatching("(?s).*\\b" + attribute + "\\b.*");
    }

    @Test
    void aRequiredAttributeSentAsNullFailsNamingIt() {
        String json = withNull(write(PLAIN, autocalls.get(0)), "phoneNumber");

        assertThatThrownBy(() -> PLAIN.readValue(json, AutocallsLead.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("phoneNumber");
    }

    @Test
    void aNestedContactLackingARequiredAttributeFailsNamingIt() {
        AutocallsLead lead = autocalls.stream().filter(l -> !l.secondaryContacts().isEmpty()).findFirst().orElseThrow();
        String json = write(PLAIN, lead);
        String contact = write(PLAIN, lead.secondaryContacts().get(0));
        String broken = json.replace(contact, without(contact, "phoneNumber"));
        assertThat(broken).isNotEqualTo(json);

        assertThatThrownBy(() -> PLAIN.readValue(broken, AutocallsLead.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("phoneNumber");
    }

    @Test
    void membersOfALaterVersionAreIgnoredEvenByAMapperThatFailsOnUnknownProperties() {
        AutocallsLead lead = DecodedLeads.autocalls(DecodedLeads.AUTOCALLS_RICH).get(0);
        String json = write(PLAIN, lead);
        String future = "{\"schemaVersion\":2,\"labels\":[\"x\",{\"y\":null}],"
                + json.substring(1, json.length() - 1).replace("\"statusValue\"", "\"deliveryWindow\":{\"from\":\"09:00\"},\"statusValue\"")
                .replace("\"name\":\"Solar\"", "\"name\":\"Solar\",\"region\":\"EU\"")
                + ",\"trailing\":null}";
        // statusValue is a member of the lead and of each secondary contact: each gets a member it does not know
        assertThat(future.split("\"deliveryWindow\"", -1)).hasSize(1 + 1 + lead.secondaryContacts().size());
        assertThat(future).contains("\"region\":\"EU\"");

        assertThat(PLAIN.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        mappers().forEach(mapper -> assertThat(read(mapper, future, AutocallsLead.class)).isEqualTo(lead));
    }

    @Test
    void membersOfALaterVersionAreIgnoredOnOrgAndTrackingLeads() {
        OrgLead orgLead = orgLeads.get(0);
        TrackingLead trackingLead = tracking.get(0);
        String orgJson = write(PLAIN, orgLead);
        String trackingJson = write(PLAIN, trackingLead);

        assertThat(read(PLAIN, "{\"first\":{\"a\":[]}," + orgJson.substring(1, orgJson.length() - 1) + ",\"last\":1.5}",
                OrgLead.class)).isEqualTo(orgLead);
        assertThat(read(PLAIN, "{\"first\":[[]]," + trackingJson.substring(1, trackingJson.length() - 1) + ",\"last\":true}",
                TrackingLead.class)).isEqualTo(trackingLead);
    }

    @Test
    void theLeadsPlatformIsWrittenButNotNeededToReadItBack() {
        TrackingLead lead = tracking.get(0);
        String withoutPlatform = without(write(PLAIN, lead), "platform");

        assertThat(read(PLAIN, withoutPlatform, TrackingLead.class)).isEqualTo(lead);
        assertThat(JACKSON3.readValue(withoutPlatform, TrackingLead.class)).isEqualTo(lead);
        assertThat(TrackingLead.fromJson(withoutPlatform)).isEqualTo(lead);
    }

    @Test
    void aLeadOfAnotherPlatformIsRefusedByEitherMajorAndByFromJson() {
        String autocallsJson = autocalls.get(0).toJson();
        String orgJson = orgLeads.get(0).toJson();
        String trackingJson = tracking.get(0).toJson();

        assertRefused(trackingJson, AutocallsLead.class, AutocallsLead::fromJson, "tracking");
        assertRefused(orgJson, AutocallsLead.class, AutocallsLead::fromJson, "orgleads");
        assertRefused(autocallsJson, TrackingLead.class, TrackingLead::fromJson, "autocalls");
        assertRefused(orgJson, TrackingLead.class, TrackingLead::fromJson, "orgleads");
        assertRefused(autocallsJson, OrgLead.class, OrgLead::fromJson, "autocalls");
        assertRefused(trackingJson, OrgLead.class, OrgLead::fromJson, "tracking");
    }

    private static void assertRefused(String json, Class<?> type, java.util.function.Function<String, ?> fromJson, String platform) {
        String message = "names platform \"" + platform + "\"";
        assertThatThrownBy(() -> PLAIN.readValue(json, type)).isInstanceOf(JsonMappingException.class).hasMessageContaining(message);
        assertThatThrownBy(() -> JACKSON3.readValue(json, type)).isInstanceOf(DatabindException.class).hasMessageContaining(message);
        assertThatThrownBy(() -> fromJson.apply(json)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    // ---- no class a type id can name builds a lead that skips its checks

    @Test
    void immutablesGeneratesNoJsonClassThatATypeIdCouldName() {
        for (String generated : List.of("dev.leadkit.autocalls.ImmutableAutocallsLead$Json", "dev.leadkit.orgleads.ImmutableOrgLead$Json",
                "dev.leadkit.tracking.ImmutableTrackingLead$Json", "dev.leadkit.autocalls.ImmutableAutocallsCampaign$Json",
                "dev.leadkit.autocalls.ImmutableAutocallsSecondaryContact$Json")) {
            assertThatThrownBy(() -> Class.forName(generated)).as(generated).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void aTypeIdNamingAGeneratedClassIsRefusedByEitherMajorWithDefaultTyping() {
        ObjectMapper typed = new ObjectMapper().activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("dev.leadkit.").allowIfSubType("java.util.").build(), ObjectMapper.DefaultTyping.NON_FINAL);
        JsonMapper typed3 = JsonMapper.builder().activateDefaultTyping(tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("dev.leadkit.").allowIfSubType("java.util.").build(), tools.jackson.databind.DefaultTyping.NON_FINAL).build();
        Map<String, String> leads = Map.of("dev.leadkit.autocalls.ImmutableAutocallsLead", autocalls.get(0).toJson(),
                "dev.leadkit.orgleads.ImmutableOrgLead", orgLeads.get(0).toJson(),
                "dev.leadkit.tracking.ImmutableTrackingLead", tracking.get(0).toJson());
        leads.forEach((generated, lead) -> {
            for (String json : List.of("{\"leads\":[\"java.util.ArrayList\",[[\"" + generated + "$Json\",{}]]]}",
                    "{\"leads\":[\"java.util.ArrayList\",[[\"" + generated + "\"," + lead + "]]]}",
                    "{\"leads\":[\"java.util.ArrayList\",[[\"" + generated + "\",{}]]]}")) {
                assertThatThrownBy(() -> typed.readValue(json, Holder.class)).as(json).isInstanceOf(JsonMappingException.class);
                assertThatThrownBy(() -> typed3.readValue(json, Holder.class)).as(json).isInstanceOf(DatabindException.class);
            }
        });
    }

    @Test
    void aTypeIdNamingTheModelTypeStillRunsItsChecks() {
        ObjectMapper typed = new ObjectMapper().activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("dev.leadkit.").allowIfSubType("java.util.").build(), ObjectMapper.DefaultTyping.NON_FINAL);

        assertThatThrownBy(() -> typed.readValue("{\"leads\":[\"java.util.ArrayList\",[[\"dev.leadkit.autocalls.AutocallsLead\",{}]]]}",
                Holder.class)).isInstanceOf(JsonMappingException.class).hasMessageContaining("'id'");
    }
}
