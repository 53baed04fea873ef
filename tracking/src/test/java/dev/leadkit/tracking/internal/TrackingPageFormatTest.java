package dev.leadkit.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.Page;
import dev.leadkit.core.internal.dialect.PageReader;
import dev.leadkit.core.internal.http.VendorFailure;
import dev.leadkit.core.json.JsonValue;
import dev.leadkit.core.internal.json.MalformedBodyException;
import dev.leadkit.tracking.Fixtures;
import dev.leadkit.tracking.TrackingLead;
import dev.leadkit.tracking.TrackingLeadSource;
import dev.leadkit.tracking.TrackingLeadStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TrackingPageFormatTest {

    private final PageReader<TrackingLead> reader = new PageReader<>(TrackingDialect.INSTANCE.pageFormat().apply(ZoneOffset.UTC));

    private Page<TrackingLead> decode(String json, int number) throws IOException {
        return decode(json.getBytes(StandardCharsets.UTF_8), number);
    }

    private Page<TrackingLead> decode(byte[] body, int number) throws IOException {
        return reader.read(new ByteArrayInputStream(body), number);
    }

    private TrackingLead onlyLead(String leadJson) throws IOException {
        return decode("{\"success\":true,\"data\":[" + leadJson + "],\"meta\":{\"pagination\":{\"limit\":50,\"page\":1,"
                + "\"totalPages\":1,\"total\":1,\"hasMore\":false}}}", 1).items().get(0);
    }

    @Test
    void envelopePaginationIsRead() throws IOException {
        Page<TrackingLead> page = decode(Fixtures.bytes("leads-page.json"), 1);
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.totalItems()).hasValue(234);
        assertThat(page.totalPages()).hasValue(5);
        assertThat(page.items()).hasSize(1);
    }

    @Test
    void aPageTheServerSaysIsAnotherThanTheOneRequestedFails() {
        assertThatThrownBy(() -> decode(Fixtures.bytes("leads-page.json"), 3))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("page 3 was requested but the server says it answered page 1");
    }

    @Test
    void hasMoreFalseEndsTheListing() throws IOException {
        assertThat(decode(Fixtures.bytes("projection-page.json"), 1).hasNext()).isFalse();
    }

    @Test
    void withoutHasMoreTotalPagesDecides() throws IOException {
        String body = "{\"success\":true,\"data\":[],\"meta\":{\"pagination\":{\"page\":%d,\"totalPages\":3,\"total\":120}}}";
        assertThat(decode(String.format(body, 2), 2).hasNext()).isTrue();
        assertThat(decode(String.format(body, 3), 3).hasNext()).isFalse();
    }

    @Test
    void everyDocumentedFieldOfTheFullLeadIsRead() throws IOException {
        TrackingLead lead = decode(Fixtures.bytes("leads-page.json"), 1).items().get(0);
        assertThat(lead.id()).isEqualTo("lead_abc123");
        assertThat(lead.name()).hasValue("Jane Doe");
        assertThat(lead.email()).hasValue("jane@example.com");
        assertThat(lead.phone()).hasValue("+31612345678");
        assertThat(lead.statusValue()).isEqualTo("won");
        assertThat(lead.status()).isEqualTo(TrackingLeadStatus.WON);
        assertThat(lead.value()).hasValue(new BigDecimal("1500.50"));
        assertThat(lead.note()).hasValue("Asked for a demo");
        assertThat(lead.custom()).hasValue("{\"company\":\"Acme Inc\"}");
        assertThat(lead.lossReason()).isEmpty();
        assertThat(lead.conversionName()).hasValue("Purchase");
        assertThat(lead.sourceValue()).hasValue("inbound");
        assertThat(lead.source()).hasValue(TrackingLeadSource.INBOUND);
        assertThat(lead.website()).hasValue("https://example.com");
        assertThat(lead.path()).hasValue("/pricing");
        assertThat(lead.clickIds()).containsOnlyKeys("gclid", "dclid", "wbraid", "gbraid", "ga4cid", "ga4sid", "fbc",
                "fbp", "msclkid", "ttclid", "twclid", "rdt_cid", "sccid", "epik", "li_fat_id");
        assertThat(lead.gclid()).hasValue("Cj0KCQiA_gclid");
        assertThat(lead.rdtCid()).hasValue("rdt_cid_1");
        assertThat(lead.liFatId()).hasValue("li_fat_id_1");
        assertThat(lead.fbc()).hasValue("fb.1.1700000000000.AbCdEf");
        assertThat(lead.utmSource()).hasValue("google");
        assertThat(lead.utmMedium()).hasValue("cpc");
        assertThat(lead.utmCampaign()).hasValue("spring-sale");
        assertThat(lead.adStorage()).hasValue(true);
        assertThat(lead.adUserData()).hasValue(true);
        assertThat(lead.analyticsStorage()).hasValue(false);
        assertThat(lead.adPersonalization()).hasValue(false);
        assertThat(lead.googleAdsCampaignId()).hasValue("20123456789");
        assertThat(lead.googleAdsCampaignName()).hasValue("Spring Sale");
        assertThat(lead.googleAdsAdGroupId()).hasValue("150123456789");
        assertThat(lead.googleAdsAdGroupName()).hasValue("Brand");
        assertThat(lead.googleAdsAdId()).hasValue("680123456789");
        assertThat(lead.labelId()).hasValue("label_123");
        assertThat(lead.selectedConversionEventId()).hasValue("conv_456");
        assertThat(lead.createdAt()).hasValue(Instant.parse("2026-03-01T09:30:00Z"));
        assertThat(lead.updatedAt()).hasValue(Instant.parse("2026-03-05T14:15:30.250Z"));
        assertThat(lead.qualifiedAt()).hasValue(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(lead.expiresAt()).hasValue(Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(lead.additionalProperties()).isEmpty();
    }

    @Test
    void theCommonLeadViewReadsPhoneAndEmail() throws IOException {
        TrackingLead lead = decode(Fixtures.bytes("leads-page.json"), 1).items().get(0);
        assertThat(lead.phones()).containsExactly("+31612345678");
        assertThat(lead.emails()).containsExactly("jane@example.com");
    }

    @Test
    void customHoldingJsonIsParsedToAMap() throws IOException {
        TrackingLead lead = decode(Fixtures.bytes("leads-page.json"), 1).items().get(0);
        assertThat(lead.customFields()).hasValueSatisfying(custom ->
                assertThat(custom.get("company")).isEqualTo(JsonValue.of("Acme Inc")));
    }

    @Test
    void customThatIsNotJsonKeepsTheStringAndParsesToNothing() throws IOException {
        TrackingLead lead = onlyLead("{\"id\":\"lead_1\",\"custom\":\"{not json\"}");
        assertThat(lead.custom()).hasValue("{not json");
        assertThat(lead.customFields()).isEmpty();
    }

    @Test
    void customHoldingAJsonArrayParsesToNothing() throws IOException {
        assertThat(onlyLead("{\"id\":\"lead_1\",\"custom\":\"[1,2]\"}").customFields()).isEmpty();
    }

    @Test
    void customSentAsAnObjectIsKeptAsItsJsonText() throws IOException {
        TrackingLead lead = onlyLead("{\"id\":\"lead_1\",\"custom\":{\"company\":\"Acme\"}}");
        assertThat(lead.custom()).hasValue("{\"company\":\"Acme\"}");
        assertThat(lead.customFields()).hasValueSatisfying(c -> assertThat(c).containsKey("company"));
    }

    @Test
    void projectedLeadsDecodeWithOnlyTheSelectedFields() throws IOException {
        Page<TrackingLead> page = decode(Fixtures.bytes("projection-page.json"), 1);
        TrackingLead second = page.items().get(1);
        assertThat(second.id()).isEqualTo("lead_def456");
        assertThat(second.name()).hasValue("John Roe");
        assertThat(second.email()).isEmpty();
        assertThat(second.emails()).isEmpty();
        assertThat(second.phones()).isEmpty();
        assertThat(second.statusValue()).isEmpty();
        assertThat(second.status()).isEqualTo(TrackingLeadStatus.UNKNOWN);
        assertThat(second.value()).isEmpty();
        assertThat(second.createdAt()).isEmpty();
        assertThat(second.customFields()).isEmpty();
        assertThat(second.clickIds()).isEmpty();
    }

    @Test
    void legacyBareArrayIsTheWholeListingOnPageOne() throws IOException {
        Page<TrackingLead> page = decode(Fixtures.bytes("legacy-array.json"), 1);
        assertThat(page.items()).extracting(TrackingLead::id).containsExactly("lead_abc123", "lead_def456");
        assertThat(page.hasNext()).isFalse();
        assertThat(page.totalItems()).hasValue(2);
        assertThat(page.totalPages()).hasValue(1);
    }

    @Test
    void legacyBareArrayLeavesLaterPagesEmpty() throws IOException {
        Page<TrackingLead> page = decode(Fixtures.bytes("legacy-array.json"), 2);
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
        assertThat(page.number()).isEqualTo(2);
    }

    @Test
    void legacyWinStatusReadsAsWonAndKeepsTheRawString() throws IOException {
        TrackingLead lead = decode(Fixtures.bytes("legacy-array.json"), 1).items().get(0);
        assertThat(lead.statusValue()).isEqualTo("win");
        assertThat(lead.status()).isEqualTo(TrackingLeadStatus.WON);
    }

    @Test
    void valueIsReadExactly() throws IOException {
        assertThat(onlyLead("{\"id\":\"lead_1\",\"value\":0.1}").value()).hasValue(new BigDecimal("0.1"));
        assertThat(onlyLead("{\"id\":\"lead_1\",\"value\":\"19.99\"}").value()).hasValue(new BigDecimal("19.99"));
    }

    @Test
    void valueKeepsTheScaleSent() throws IOException {
        assertThat(onlyLead("{\"id\":\"lead_1\",\"value\":100.00}").value().orElseThrow().toString()).isEqualTo("100.00");
    }

    @Test
    void unknownFieldsAreKept() throws IOException {
        TrackingLead lead = onlyLead("{\"id\":\"lead_1\",\"score\":87,\"tags\":[\"vip\"]}");
        assertThat(lead.additionalProperties()).containsOnlyKeys("score", "tags");
        assertThat(lead.additionalProperties().get("score")).isEqualTo(JsonValue.of(87));
    }

    @Test
    void unknownStatusAndSourceKeepTheirRawStrings() throws IOException {
        TrackingLead lead = onlyLead("{\"id\":\"lead_1\",\"status\":\"archived\",\"source\":\"zapier\"}");
        assertThat(lead.status()).isEqualTo(TrackingLeadStatus.UNKNOWN);
        assertThat(lead.statusValue()).isEqualTo("archived");
        assertThat(lead.source()).hasValue(TrackingLeadSource.UNKNOWN);
        assertThat(lead.sourceValue()).hasValue("zapier");
    }

    @Test
    void consentModeWordsReadAsBooleans() throws IOException {
        TrackingLead lead = onlyLead("{\"id\":\"lead_1\",\"ad_storage\":\"granted\",\"ad_user_data\":\"denied\"}");
        assertThat(lead.adStorage()).hasValue(true);
        assertThat(lead.adUserData()).hasValue(false);
    }

    @Test
    void leadWithoutIdFails() {
        assertThatThrownBy(() -> onlyLead("{\"name\":\"x\"}"))
                .isInstanceOf(MalformedBodyException.class).hasMessageContaining("'id'");
    }

    @Test
    void successFalseWithStatus200IsTheVendorsError() {
        assertThatThrownBy(() -> decode(Fixtures.bytes("error-envelope.json"), 1))
                .isInstanceOfSatisfying(VendorFailure.class, failure -> assertThat(failure.envelope().get("error")
                        .flatMap(error -> error.get("code"))).hasValue(JsonValue.of("INVALID_FILTER")));
    }

    @Test
    void anObjectWithoutDataFails() {
        assertThatThrownBy(() -> decode("{\"leads\":[]}", 1))
                .isInstanceOf(MalformedBodyException.class).hasMessageContaining("has no item array");
    }
}
