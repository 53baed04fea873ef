package dev.leadkit.tracking.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.http.MalformedBodyException;
import dev.leadkit.core.internal.json.Json;
import dev.leadkit.core.internal.json.JsonValues;
import dev.leadkit.tracking.TrackingLead;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decodes a {@code GET /leads} body into a {@link Page}. Pure: bytes in, page out. Two shapes are read:
 * <ul>
 *   <li>the envelope {@code {"success": true, "data": [...], "meta": {"pagination": {"limit", "page",
 *       "totalPages", "total", "hasMore"}, "requestId", "timestamp"}}}: another page follows when
 *       {@code hasMore} says so (or, without {@code hasMore}, while the page is before {@code totalPages});
 *   <li>the legacy bare array {@code [...]}: the whole listing, so page 1 holds it all and later pages are
 *       empty.
 * </ul>
 * The page's number is always the number requested. A 200 body saying {@code "success": false} is not a
 * page and fails with the API's code and message.
 *
 * <p>The body is read token by token, straight into the leads' builders: no tree of the page is built,
 * only unknown fields (and a {@code custom} object sent in place of its string) become nodes.
 */
public final class TrackingPageDecoder {

    private final ZoneId serverZone;

    /**
     * @param serverZone the zone of timestamps without an offset (Octanist sends UTC with {@code Z}; this is
     *                   a fallback)
     */
    public TrackingPageDecoder(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    /**
     * @param body   the response body, read as it streams in
     * @param number the page number that was requested
     * @return the page
     * @throws IOException when the body is not JSON
     */
    public Page<TrackingLead> decode(InputStream body, int number) throws IOException {
        try (JsonParser parser = Json.MAPPER.createParser(body)) {
            JsonToken root = parser.nextToken();
            if (root == null) {
                throw new MalformedBodyException("the body is empty");
            }
            if (root == JsonToken.START_ARRAY) {
                List<TrackingLead> leads = leads(parser);
                return Page.of(number == 1 ? leads : List.of(), number, false, leads.size(), 1);
            }
            if (root != JsonToken.START_OBJECT) {
                throw notAListing();
            }
            return envelope(parser, number);
        }
    }

    private Page<TrackingLead> envelope(JsonParser parser, int number) throws IOException {
        List<TrackingLead> leads = null;
        Pagination pagination = null;
        boolean failed = false;
        JsonNode error = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            if (field.equals("data") && value == JsonToken.START_ARRAY) {
                leads = leads(parser);
            } else if (field.equals("meta") && value == JsonToken.START_OBJECT) {
                pagination = meta(parser, pagination);
            } else if (field.equals("success")) {
                failed = value == JsonToken.VALUE_FALSE;
            } else if (field.equals("error")) {
                error = JsonValues.tree(parser);
            } else {
                parser.skipChildren();
            }
        }
        if (failed) {
            JsonNode details = error == null ? MissingNode.getInstance() : error;
            throw new MalformedBodyException("the API answered 200 with success=false: "
                    + details.path("code").asText("") + " " + details.path("message").asText(details.asText("")));
        }
        if (leads == null) {
            throw notAListing();
        }
        if (pagination == null) {
            // Not documented; without pagination the answer can only be read as the whole listing.
            return Page.withoutTotals(leads, number, false);
        }
        return pagination.page(leads, number);
    }

    private static MalformedBodyException notAListing() {
        return new MalformedBodyException("expected an envelope with a 'data' array, or an array");
    }

    /** What {@code meta.pagination} says about the listing. */
    private static final class Pagination {
        Optional<Boolean> hasMore = Optional.empty();
        OptionalLong total = OptionalLong.empty();
        OptionalLong totalPages = OptionalLong.empty();

        Page<TrackingLead> page(List<TrackingLead> leads, int number) {
            boolean hasNext = hasMore.orElseGet(() -> totalPages.isPresent() && number < totalPages.getAsLong());
            if (total.isPresent() && totalPages.isPresent()) {
                return Page.of(leads, number, hasNext, total.getAsLong(), (int) Math.min(Integer.MAX_VALUE, totalPages.getAsLong()));
            }
            return Page.withoutTotals(leads, number, hasNext);
        }
    }

    /** Reads {@code meta}, keeping {@code pagination} when it is an object, else what an earlier {@code meta} gave. */
    private static Pagination meta(JsonParser parser, Pagination earlier) throws IOException {
        Pagination pagination = earlier;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            if (field.equals("pagination") && value == JsonToken.START_OBJECT) {
                pagination = pagination(parser);
            } else {
                parser.skipChildren();
            }
        }
        return pagination;
    }

    private static Pagination pagination(JsonParser parser) throws IOException {
        Pagination pagination = new Pagination();
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            parser.nextToken();
            switch (field) {
                case "hasMore":
                    pagination.hasMore = JsonValues.bool(parser, field);
                    break;
                case "total":
                    pagination.total = JsonValues.longValue(parser, field);
                    break;
                case "totalPages":
                    pagination.totalPages = JsonValues.longValue(parser, field);
                    break;
                default:
                    parser.skipChildren();
            }
        }
        return pagination;
    }

    private List<TrackingLead> leads(JsonParser parser) throws IOException {
        List<TrackingLead> leads = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonValues.requireObject(parser, "lead");
            leads.add(lead(parser));
        }
        return leads;
    }

    private TrackingLead lead(JsonParser parser) throws IOException {
        TrackingLead.Builder lead = TrackingLead.builder();
        String id = null;
        String status = "";
        Map<String, JsonNode> unknown = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            parser.nextToken();
            switch (field) {
                case "id": id = JsonValues.id(parser, field); break;
                case "name": lead.name(JsonValues.text(parser, field)); break;
                case "email": lead.email(JsonValues.text(parser, field)); break;
                case "phone": lead.phone(JsonValues.text(parser, field)); break;
                case "status": status = JsonValues.text(parser, field).orElse(""); break;
                case "value": lead.value(JsonValues.decimal(parser, field)); break;
                case "note": lead.note(JsonValues.text(parser, field)); break;
                case "custom": lead.custom(custom(parser)); break;
                case "lossReason": lead.lossReason(JsonValues.text(parser, field)); break;
                case "conversionName": lead.conversionName(JsonValues.text(parser, field)); break;
                case "source": lead.sourceValue(JsonValues.text(parser, field)); break;
                case "website": lead.website(JsonValues.text(parser, field)); break;
                case "path": lead.path(JsonValues.text(parser, field)); break;
                case "gclid": lead.gclid(JsonValues.text(parser, field)); break;
                case "dclid": lead.dclid(JsonValues.text(parser, field)); break;
                case "wbraid": lead.wbraid(JsonValues.text(parser, field)); break;
                case "gbraid": lead.gbraid(JsonValues.text(parser, field)); break;
                case "ga4cid": lead.ga4cid(JsonValues.text(parser, field)); break;
                case "ga4sid": lead.ga4sid(JsonValues.text(parser, field)); break;
                case "fbc": lead.fbc(JsonValues.text(parser, field)); break;
                case "fbp": lead.fbp(JsonValues.text(parser, field)); break;
                case "msclkid": lead.msclkid(JsonValues.text(parser, field)); break;
                case "ttclid": lead.ttclid(JsonValues.text(parser, field)); break;
                case "twclid": lead.twclid(JsonValues.text(parser, field)); break;
                case "rdt_cid": lead.rdtCid(JsonValues.text(parser, field)); break;
                case "sccid": lead.sccid(JsonValues.text(parser, field)); break;
                case "epik": lead.epik(JsonValues.text(parser, field)); break;
                case "li_fat_id": lead.liFatId(JsonValues.text(parser, field)); break;
                case "utm_source": lead.utmSource(JsonValues.text(parser, field)); break;
                case "utm_medium": lead.utmMedium(JsonValues.text(parser, field)); break;
                case "utm_campaign": lead.utmCampaign(JsonValues.text(parser, field)); break;
                case "ad_storage": lead.adStorage(consent(parser, field)); break;
                case "ad_user_data": lead.adUserData(consent(parser, field)); break;
                case "analytics_storage": lead.analyticsStorage(consent(parser, field)); break;
                case "ad_personalization": lead.adPersonalization(consent(parser, field)); break;
                case "googleAdsCampaignId": lead.googleAdsCampaignId(JsonValues.text(parser, field)); break;
                case "googleAdsCampaignName": lead.googleAdsCampaignName(JsonValues.text(parser, field)); break;
                case "googleAdsAdGroupId": lead.googleAdsAdGroupId(JsonValues.text(parser, field)); break;
                case "googleAdsAdGroupName": lead.googleAdsAdGroupName(JsonValues.text(parser, field)); break;
                case "googleAdsAdId": lead.googleAdsAdId(JsonValues.text(parser, field)); break;
                case "labelId": lead.labelId(JsonValues.text(parser, field)); break;
                case "selectedConversionEventId": lead.selectedConversionEventId(JsonValues.text(parser, field)); break;
                case "createdAt": lead.createdAt(JsonValues.instant(parser, field, serverZone)); break;
                case "updatedAt": lead.updatedAt(JsonValues.instant(parser, field, serverZone)); break;
                case "qualifiedAt": lead.qualifiedAt(JsonValues.instant(parser, field, serverZone)); break;
                case "expiresAt": lead.expiresAt(JsonValues.instant(parser, field, serverZone)); break;
                default: unknown = JsonValues.putUnknown(unknown, field, parser);
            }
        }
        return lead.id(JsonValues.required(id, "id"))
                .statusValue(status)
                .additionalProperties(JsonValues.unknownOrEmpty(unknown))
                .build();
    }

    /** The raw custom string; an object or array sent instead of the documented string is kept as its JSON text. */
    private static Optional<String> custom(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        return Optional.of(token.isStructStart() ? JsonValues.tree(parser).toString() : parser.getText());
    }

    /** A consent flag: a boolean as documented, or the Consent Mode words {@code granted}/{@code denied}. */
    private static Optional<Boolean> consent(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            switch (parser.getText().strip().toLowerCase(Locale.ROOT)) {
                case "true":
                case "granted":
                    return Optional.of(true);
                case "false":
                case "denied":
                    return Optional.of(false);
                case "":
                    return Optional.empty();
                default:
                    throw new MalformedBodyException("field '" + field + "' should be a boolean but is \"" + parser.getText() + "\"");
            }
        }
        return JsonValues.bool(parser, field);
    }
}
