package dev.leadkit.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.tracking.TrackingField;
import dev.leadkit.tracking.TrackingFilter;
import dev.leadkit.tracking.TrackingLeadQuery;
import dev.leadkit.tracking.TrackingLeadSource;
import dev.leadkit.tracking.TrackingLeadStatus;
import dev.leadkit.tracking.TrackingSort;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TrackingQueryParamsTest {

    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * The query's own parameters: what goes on the wire between {@code limit=100} (the largest page, sent when
     * the query sets no limit) and {@code page}, which always comes last.
     */
    private static String wire(TrackingLeadQuery query) {
        String encoded = TrackingQueryParams.of(query, 7).encoded();
        assertThat(encoded).startsWith("limit=100&").endsWith("page=7");
        return encoded.substring("limit=100&".length(), encoded.length() - "page=7".length()).replaceAll("&$", "");
    }

    private static String wire(TrackingFilter filter) {
        return wire(TrackingLeadQuery.builder().filter(filter).build());
    }

    @Test
    void emptyQuerySendsTheLargestLimitAndThePage() {
        assertThat(TrackingQueryParams.of(TrackingLeadQuery.all(), 1).encoded()).isEqualTo("limit=100&page=1");
    }

    @Test
    void thePageComesAfterEveryFilter() {
        assertThat(TrackingQueryParams.of(TrackingLeadQuery.builder().status(TrackingLeadStatus.WON).limit(10).build(), 2)
                .encoded()).isEqualTo("limit=10&status=won&page=2");
    }

    @Test
    void oneStatusIsSentAsItsValue() {
        assertThat(wire(TrackingLeadQuery.builder().status(TrackingLeadStatus.WON).build())).isEqualTo("status=won");
    }

    @Test
    void severalStatusesAreCommaSeparated() {
        assertThat(wire(TrackingLeadQuery.builder()
                .status(TrackingLeadStatus.WON, TrackingLeadStatus.LOST, TrackingLeadStatus.QUALIFIED).build()))
                .isEqualTo("status=won,lost,qualified");
    }

    @Test
    void sourceIsSentAsItsValue() {
        assertThat(wire(TrackingLeadQuery.builder().source(TrackingLeadSource.WORDPRESS).build()))
                .isEqualTo("source=wordpress");
    }

    @ParameterizedTest
    @CsvSource({
        "LABEL_ID, label_123, labelId=label_123",
        "WEBSITE, https://example.com/a b, website=https:%2F%2Fexample.com%2Fa%20b",
        "UTM_SOURCE, google, utm_source=google",
        "UTM_MEDIUM, cpc, utm_medium=cpc",
        "UTM_CAMPAIGN, spring+sale, utm_campaign=spring%2Bsale",
        "STATUS, qualified, status=qualified",
        "SOURCE, gtm, source=gtm",
        "VALUE, 100.50, value=100.50",
    })
    void equalityFiltersAreSentAsFieldEqualsValue(TrackingField field, String value, String expected) {
        assertThat(wire(TrackingFilter.eq(field, value))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"gte, value[gte]=100", "gt, value[gt]=100", "lte, value[lte]=100", "lt, value[lt]=100"})
    void comparisonsOnValueUseTheBracketedOperator(String operator, String expected) {
        assertThat(wire(numberComparison(operator).apply(TrackingField.VALUE, new BigDecimal("100")))).isEqualTo(expected);
    }

    @Test
    void decimalValuesAreSentInPlainNotation() {
        assertThat(wire(TrackingFilter.lt(TrackingField.VALUE, new BigDecimal("1E+3")))).isEqualTo("value[lt]=1000");
        assertThat(wire(TrackingFilter.gte(TrackingField.VALUE, new BigDecimal("99.95")))).isEqualTo("value[gte]=99.95");
    }

    @ParameterizedTest
    @CsvSource({
        "CREATED_AT, gte, createdAt[gte]=2026-01-01T00:00:00Z",
        "CREATED_AT, gt, createdAt[gt]=2026-01-01T00:00:00Z",
        "CREATED_AT, lte, createdAt[lte]=2026-01-01T00:00:00Z",
        "CREATED_AT, lt, createdAt[lt]=2026-01-01T00:00:00Z",
        "UPDATED_AT, gte, updatedAt[gte]=2026-01-01T00:00:00Z",
        "UPDATED_AT, gt, updatedAt[gt]=2026-01-01T00:00:00Z",
        "UPDATED_AT, lte, updatedAt[lte]=2026-01-01T00:00:00Z",
        "UPDATED_AT, lt, updatedAt[lt]=2026-01-01T00:00:00Z",
        "QUALIFIED_AT, gte, qualifiedAt[gte]=2026-01-01T00:00:00Z",
        "QUALIFIED_AT, gt, qualifiedAt[gt]=2026-01-01T00:00:00Z",
        "QUALIFIED_AT, lte, qualifiedAt[lte]=2026-01-01T00:00:00Z",
        "QUALIFIED_AT, lt, qualifiedAt[lt]=2026-01-01T00:00:00Z",
    })
    void comparisonsOnDatesSendUtcIso8601(TrackingField field, String operator, String expected) {
        assertThat(wire(instantComparison(operator).apply(field, JAN_1))).isEqualTo(expected);
    }

    @Test
    void instantsWithMillisecondsKeepThem() {
        assertThat(wire(TrackingFilter.gte(TrackingField.CREATED_AT, Instant.parse("2026-01-01T10:20:30.250Z"))))
                .isEqualTo("createdAt[gte]=2026-01-01T10:20:30.250Z");
    }

    @ParameterizedTest
    @CsvSource({
        "gte, 2026-01-01T00:00:00.001Z",
        "gt, 2026-01-01T00:00:00Z",
        "lte, 2026-01-01T00:00:00Z",
        "lt, 2026-01-01T00:00:00.001Z",
    })
    void subMillisecondInstantsAreRoundedToKeepTheFilterMeaning(String operator, String expected) {
        Instant justAfterMidnight = Instant.parse("2026-01-01T00:00:00.000500Z");
        assertThat(instantComparison(operator).apply(TrackingField.CREATED_AT, justAfterMidnight).value())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(value = TrackingField.class, names = {"CREATED_AT", "UPDATED_AT", "QUALIFIED_AT", "GCLID", "DCLID",
        "WBRAID", "GBRAID", "GA4CID", "GA4SID", "FBC", "FBP", "MSCLKID", "TTCLID", "TWCLID", "RDT_CID", "SCCID", "EPIK",
        "LI_FAT_ID"})
    void existsIsSentAsTrueOrFalse(TrackingField field) {
        assertThat(wire(TrackingFilter.exists(field, true))).isEqualTo(field.wireName() + "[exists]=true");
        assertThat(wire(TrackingFilter.exists(field, false))).isEqualTo(field.wireName() + "[exists]=false");
    }

    @Test
    void clickIdsKeepTheirSnakeCaseWireNames() {
        assertThat(wire(TrackingLeadQuery.builder()
                .filter(TrackingFilter.exists(TrackingField.RDT_CID, true))
                .filter(TrackingFilter.exists(TrackingField.LI_FAT_ID, false))
                .build())).isEqualTo("rdt_cid[exists]=true&li_fat_id[exists]=false");
    }

    @Test
    void severalSortKeysAreCommaJoinedInOrder() {
        assertThat(wire(TrackingLeadQuery.builder()
                .sort(TrackingSort.desc(TrackingField.CREATED_AT), TrackingSort.asc(TrackingField.VALUE),
                        TrackingSort.asc(TrackingField.EMAIL))
                .build())).isEqualTo("sort=createdAt:desc,value:asc,email:asc");
    }

    @Test
    void fieldsAreCommaJoinedWithIdFirst() {
        assertThat(wire(TrackingLeadQuery.builder().fields(TrackingField.NAME, TrackingField.EMAIL).build()))
                .isEqualTo("fields=id,name,email");
    }

    @Test
    void fieldsNamingIdOrRepeatingAFieldSendEachOnce() {
        assertThat(wire(TrackingLeadQuery.builder()
                .fields(TrackingField.EMAIL, TrackingField.ID, TrackingField.EMAIL, TrackingField.UTM_SOURCE).build()))
                .isEqualTo("fields=id,email,utm_source");
    }

    @Test
    void searchIsPercentEncoded() {
        assertThat(wire(TrackingLeadQuery.builder().search("jane doe+1@acme").build()))
                .isEqualTo("search=jane%20doe%2B1%40acme");
    }

    @Test
    void aLimitTheQuerySetsIsSentInsteadOfTheLargest() {
        assertThat(TrackingQueryParams.of(TrackingLeadQuery.builder().limit(25).build(), 1).encoded())
                .isEqualTo("limit=25&page=1");
    }

    @Test
    void updatedAfterIsSentAsWhatTheLegacyParameterMapsTo() {
        assertThat(wire(TrackingLeadQuery.builder().updatedAfter(JAN_1).build()))
                .isEqualTo("updatedAt[gte]=2026-01-01T00:00:00Z");
    }

    @Test
    void everythingTogetherIsSentInDocumentedOrderThenFiltersAsAdded() {
        TrackingLeadQuery query = TrackingLeadQuery.builder()
                .status(TrackingLeadStatus.WON, TrackingLeadStatus.LOST)
                .source(TrackingLeadSource.INBOUND)
                .filter(TrackingFilter.gte(TrackingField.VALUE, new BigDecimal("100")))
                .filter(TrackingFilter.exists(TrackingField.GCLID, true))
                .filter(TrackingFilter.gte(TrackingField.CREATED_AT, JAN_1))
                .sort(TrackingSort.desc(TrackingField.CREATED_AT), TrackingSort.asc(TrackingField.VALUE))
                .fields(TrackingField.NAME, TrackingField.EMAIL)
                .search("jane")
                .build();
        assertThat(wire(query)).isEqualTo("sort=createdAt:desc,value:asc&search=jane&fields=id,name,email"
                + "&status=won,lost&source=inbound&value[gte]=100&gclid[exists]=true&createdAt[gte]=2026-01-01T00:00:00Z");
    }

    private static BiFunction<TrackingField, BigDecimal, TrackingFilter> numberComparison(String operator) {
        switch (operator) {
            case "gte": return TrackingFilter::gte;
            case "gt": return TrackingFilter::gt;
            case "lte": return TrackingFilter::lte;
            default: return TrackingFilter::lt;
        }
    }

    private static BiFunction<TrackingField, Instant, TrackingFilter> instantComparison(String operator) {
        switch (operator) {
            case "gte": return TrackingFilter::gte;
            case "gt": return TrackingFilter::gt;
            case "lte": return TrackingFilter::lte;
            default: return TrackingFilter::lt;
        }
    }
}
