package dev.leadkit.tracking.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.leadkit.core.internal.dialect.PageFormat;
import dev.leadkit.core.internal.dialect.PageSignals;
import dev.leadkit.core.internal.json.EnvelopeFields;
import dev.leadkit.core.internal.json.JsonTrees;
import dev.leadkit.core.internal.json.JsonValues;
import dev.leadkit.core.internal.json.MalformedBodyException;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import dev.leadkit.tracking.TrackingLead;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@code GET /leads} body reads. Two shapes:
 * <ul>
 *   <li>the envelope {@code {"success": true, "data": [...], "meta": {"pagination": {"limit", "page",
 *       "totalPages", "total", "hasMore"}, "requestId", "timestamp"}}}: {@code hasMore} says whether another
 *       page follows, {@code total} and {@code totalPages} are the totals;
 *   <li>the legacy bare array {@code [...]}: the whole listing.
 * </ul>
 */
final class TrackingPageFormat implements PageFormat<TrackingLead> {

    private final ZoneId serverZone;

    /**
     * @param serverZone the zone of timestamps without an offset (Octanist sends UTC with {@code Z}; this is
     *                   a fallback)
     */
    TrackingPageFormat(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    @Override
    public boolean bareArrayIsWholeListing() {
        return true;
    }

    @Override
    public PageSignals signals(JsonObject envelope) {
        JsonValue pagination = EnvelopeFields.object(envelope, "meta")
                .flatMap(meta -> EnvelopeFields.object(meta, "pagination"))
                .orElse(JsonObject.empty());
        return new PageSignals(EnvelopeFields.flag(pagination, "hasMore"), EnvelopeFields.count(pagination, "total"),
                EnvelopeFields.count(pagination, "totalPages"), EnvelopeFields.count(pagination, "page"));
    }

    @Override
    public TrackingLead item(JsonParser parser) throws IOException {
        TrackingLead.Builder lead = TrackingLead.builder();
        String id = null;
        String status = "";
        Map<String, JsonValue> unknown = null;
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
        return Optional.of(token.isStructStart() ? JsonTrees.read(parser).toJson() : parser.getText());
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
