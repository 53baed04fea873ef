package dev.leadkit.tracking.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.http.MalformedBodyException;
import dev.leadkit.core.internal.json.Json;
import dev.leadkit.core.internal.json.JsonFields;
import dev.leadkit.tracking.TrackingLead;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

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
 */
public final class TrackingPageDecoder {

    private static final Set<String> LEAD_FIELDS = Set.of("id", "name", "email", "phone", "status", "value", "note",
            "custom", "lossReason", "conversionName", "source", "website", "path",
            "gclid", "dclid", "wbraid", "gbraid", "ga4cid", "ga4sid", "fbc", "fbp", "msclkid", "ttclid", "twclid",
            "rdt_cid", "sccid", "epik", "li_fat_id", "utm_source", "utm_medium", "utm_campaign",
            "ad_storage", "ad_user_data", "analytics_storage", "ad_personalization",
            "googleAdsCampaignId", "googleAdsCampaignName", "googleAdsAdGroupId", "googleAdsAdGroupName",
            "googleAdsAdId", "labelId", "selectedConversionEventId", "createdAt", "updatedAt", "qualifiedAt",
            "expiresAt");

    private final ZoneId serverZone;

    /**
     * @param serverZone the zone of timestamps without an offset (Octanist sends UTC with {@code Z}; this is
     *                   a fallback)
     */
    public TrackingPageDecoder(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    /**
     * @param body   the response body
     * @param number the page number that was requested
     * @return the page
     * @throws IOException when the body is not JSON
     */
    public Page<TrackingLead> decode(byte[] body, int number) throws IOException {
        JsonNode root = Json.MAPPER.readTree(body);
        if (root == null || root.isMissingNode()) {
            throw new MalformedBodyException("the body is empty");
        }
        if (root.isArray()) {
            List<TrackingLead> leads = leads(root);
            return Page.of(number == 1 ? leads : List.of(), number, false, leads.size(), 1);
        }
        if (root.isObject() && root.path("success").isBoolean() && !root.get("success").booleanValue()) {
            JsonNode error = root.path("error");
            throw new MalformedBodyException("the API answered 200 with success=false: "
                    + error.path("code").asText("") + " " + error.path("message").asText(error.asText("")));
        }
        if (root.isObject() && root.get("data") != null && root.get("data").isArray()) {
            return paginated(root, number);
        }
        throw new MalformedBodyException("expected an envelope with a 'data' array, or an array");
    }

    private Page<TrackingLead> paginated(JsonNode root, int number) {
        List<TrackingLead> leads = leads(root.get("data"));
        JsonNode pagination = root.path("meta").path("pagination");
        if (!pagination.isObject()) {
            // Not documented; without pagination the answer can only be read as the whole listing.
            return Page.withoutTotals(leads, number, false);
        }
        Optional<Boolean> hasMore = JsonFields.bool(pagination, "hasMore");
        OptionalLong total = JsonFields.longValue(pagination, "total");
        OptionalLong totalPages = JsonFields.longValue(pagination, "totalPages");
        boolean hasNext = hasMore.orElseGet(() -> totalPages.isPresent() && number < totalPages.getAsLong());
        if (total.isPresent() && totalPages.isPresent()) {
            return Page.of(leads, number, hasNext, total.getAsLong(), (int) Math.min(Integer.MAX_VALUE, totalPages.getAsLong()));
        }
        return Page.withoutTotals(leads, number, hasNext);
    }

    private List<TrackingLead> leads(JsonNode array) {
        List<TrackingLead> leads = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            if (!node.isObject()) {
                throw new MalformedBodyException("each lead should be an object but one is " + node.getNodeType());
            }
            leads.add(lead(node));
        }
        return leads;
    }

    private TrackingLead lead(JsonNode node) {
        return TrackingLead.builder()
                .id(JsonFields.requiredId(node, "id"))
                .name(JsonFields.text(node, "name"))
                .email(JsonFields.text(node, "email"))
                .phone(JsonFields.text(node, "phone"))
                .statusValue(JsonFields.text(node, "status").orElse(""))
                .value(decimal(node, "value"))
                .note(JsonFields.text(node, "note"))
                .custom(custom(node))
                .lossReason(JsonFields.text(node, "lossReason"))
                .conversionName(JsonFields.text(node, "conversionName"))
                .sourceValue(JsonFields.text(node, "source"))
                .website(JsonFields.text(node, "website"))
                .path(JsonFields.text(node, "path"))
                .gclid(JsonFields.text(node, "gclid"))
                .dclid(JsonFields.text(node, "dclid"))
                .wbraid(JsonFields.text(node, "wbraid"))
                .gbraid(JsonFields.text(node, "gbraid"))
                .ga4cid(JsonFields.text(node, "ga4cid"))
                .ga4sid(JsonFields.text(node, "ga4sid"))
                .fbc(JsonFields.text(node, "fbc"))
                .fbp(JsonFields.text(node, "fbp"))
                .msclkid(JsonFields.text(node, "msclkid"))
                .ttclid(JsonFields.text(node, "ttclid"))
                .twclid(JsonFields.text(node, "twclid"))
                .rdtCid(JsonFields.text(node, "rdt_cid"))
                .sccid(JsonFields.text(node, "sccid"))
                .epik(JsonFields.text(node, "epik"))
                .liFatId(JsonFields.text(node, "li_fat_id"))
                .utmSource(JsonFields.text(node, "utm_source"))
                .utmMedium(JsonFields.text(node, "utm_medium"))
                .utmCampaign(JsonFields.text(node, "utm_campaign"))
                .adStorage(consent(node, "ad_storage"))
                .adUserData(consent(node, "ad_user_data"))
                .analyticsStorage(consent(node, "analytics_storage"))
                .adPersonalization(consent(node, "ad_personalization"))
                .googleAdsCampaignId(JsonFields.text(node, "googleAdsCampaignId"))
                .googleAdsCampaignName(JsonFields.text(node, "googleAdsCampaignName"))
                .googleAdsAdGroupId(JsonFields.text(node, "googleAdsAdGroupId"))
                .googleAdsAdGroupName(JsonFields.text(node, "googleAdsAdGroupName"))
                .googleAdsAdId(JsonFields.text(node, "googleAdsAdId"))
                .labelId(JsonFields.text(node, "labelId"))
                .selectedConversionEventId(JsonFields.text(node, "selectedConversionEventId"))
                .createdAt(JsonFields.instant(node, "createdAt", serverZone))
                .updatedAt(JsonFields.instant(node, "updatedAt", serverZone))
                .qualifiedAt(JsonFields.instant(node, "qualifiedAt", serverZone))
                .expiresAt(JsonFields.instant(node, "expiresAt", serverZone))
                .additionalProperties(JsonFields.unknownFields(node, LEAD_FIELDS))
                .build();
    }

    /** A number, exactly (Json.MAPPER reads floats as BigDecimal), or a numeric string. */
    private static Optional<BigDecimal> decimal(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (JsonFields.isMissing(node)) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isTextual()) {
            String text = node.asText().strip();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                throw new MalformedBodyException("field '" + field + "' should be a number but is \"" + text + "\"", e);
            }
        }
        throw new MalformedBodyException("field '" + field + "' should be a number but is " + node.getNodeType());
    }

    /** The raw custom string; an object or array sent instead of the documented string is kept as its JSON text. */
    private static Optional<String> custom(JsonNode object) {
        JsonNode node = object.get("custom");
        if (JsonFields.isMissing(node)) {
            return Optional.empty();
        }
        return Optional.of(node.isContainerNode() ? node.toString() : node.asText());
    }

    /** A consent flag: a boolean as documented, or the Consent Mode words {@code granted}/{@code denied}. */
    private static Optional<Boolean> consent(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (JsonFields.isMissing(node)) {
            return Optional.empty();
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        if (node.isTextual()) {
            switch (node.asText().strip().toLowerCase(Locale.ROOT)) {
                case "true":
                case "granted":
                    return Optional.of(true);
                case "false":
                case "denied":
                    return Optional.of(false);
                case "":
                    return Optional.empty();
                default:
                    break;
            }
        }
        throw new MalformedBodyException("field '" + field + "' should be a boolean but is " + node);
    }
}
