package dev.leadkit.tracking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.Lead;
import dev.leadkit.core.Platform;
import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.databind.ModelFormSerializer;
import dev.leadkit.core.internal.json.ModelJson;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lead tracked by Octanist: the contact, its status and value, where it came from (source, page, UTM
 * tags, ad click ids, Google Ads campaign), the visitor's consent, and its timestamps.
 *
 * <pre>{@code
 * TrackingLead lead = client.leads().list().stream().findFirst().orElseThrow();
 * lead.status();                          // TrackingLeadStatus.WON (the legacy "win" reads as WON too)
 * lead.value();                           // Optional[1500.00]
 * lead.gclid();                           // Optional[Cj0KCQ...]
 * lead.customFields().map(m -> m.get("company"));
 * }</pre>
 *
 * <p>Only {@link #id()} is always present: with a {@code fields=} selection the API returns partial
 * leads, so every other field is {@link Optional} ({@link #statusValue()} is then empty, and
 * {@link #status()} {@link TrackingLeadStatus#UNKNOWN}). Fields the API adds later are kept in
 * {@link #additionalProperties()}.
 *
 * <p>Immutable all the way down. It has one JSON form, leadkit's own ({@link #toJson()}), which
 * {@link #fromJson(String)} reads back equal, and which Jackson 2's {@code ObjectMapper} and Jackson 3's
 * {@code JsonMapper} write and read too, with no module: {@code mapper.readValue(json, TrackingLead.class)}.
 */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelFormSerializer.class)
public abstract class TrackingLead implements Lead {

    /** Octanist: {@code tracking}. */
    public static final Platform PLATFORM = new Platform("tracking", "Octanist");

    /** Implemented by Immutables only: leadkit makes every instance, immutable. */
    TrackingLead() {
    }

    /**
     * Starts a lead, e.g. for tests of your own code.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the lead's id, e.g. {@code lead_abc123}; always returned} */
    @Override
    public abstract String id();

    @Override
    public abstract Optional<String> name();

    /** {@return the lead's email address} */
    public abstract Optional<String> email();

    /** {@return the lead's phone number} */
    public abstract Optional<String> phone();

    /**
     * The status exactly as the API sent it ({@code open}, {@code qualified}, {@code won}, {@code lost}, or the
     * legacy {@code win}); empty when the API sent none (e.g. not selected with {@code fields=}).
     */
    @Override
    public abstract String statusValue();

    /** {@return the status as an enum: {@code win} reads as {@link TrackingLeadStatus#WON}; UNKNOWN when unknown or absent} */
    public TrackingLeadStatus status() {
        return TrackingLeadStatus.fromValue(statusValue());
    }

    /** {@return the lead's value (a deal amount), exactly as sent} */
    public abstract Optional<BigDecimal> value();

    /** {@return a free-text note} */
    public abstract Optional<String> note();

    /**
     * {@return the {@code custom} field exactly as sent} The API sends a string holding JSON, e.g.
     * {@code {"company":"Acme Inc"}}. See {@link #customFields()} for it parsed.
     */
    public abstract Optional<String> custom();

    /**
     * {@return {@link #custom()} parsed as a JSON object, its members unmodifiable; empty when there is no
     * custom field or it does not hold a JSON object} A malformed custom field never fails decoding.
     */
    @Value.Lazy
    public Optional<Map<String, JsonValue>> customFields() {
        return custom().flatMap(TrackingLead::parseObject);
    }

    /** {@return why the lead was lost} */
    public abstract Optional<String> lossReason();

    /** {@return the name of the conversion the lead was reported as} */
    public abstract Optional<String> conversionName();

    /** {@return the source exactly as sent, e.g. {@code wordpress}} */
    public abstract Optional<String> sourceValue();

    /** {@return the source as an enum; {@link TrackingLeadSource#UNKNOWN} for a source this SDK does not know} */
    public Optional<TrackingLeadSource> source() {
        return sourceValue().map(TrackingLeadSource::fromValue);
    }

    /** {@return the website the lead came from} */
    public abstract Optional<String> website();

    /** {@return the page path the lead came from} */
    public abstract Optional<String> path();

    /** {@return {@code gclid}: Google Ads click id} */
    public abstract Optional<String> gclid();

    /** {@return {@code dclid}: Google Display click id} */
    public abstract Optional<String> dclid();

    /** {@return {@code wbraid}: Google Ads web-to-app click id} */
    public abstract Optional<String> wbraid();

    /** {@return {@code gbraid}: Google Ads app-to-web click id} */
    public abstract Optional<String> gbraid();

    /** {@return {@code ga4cid}: Google Analytics 4 client id} */
    public abstract Optional<String> ga4cid();

    /** {@return {@code ga4sid}: Google Analytics 4 session id} */
    public abstract Optional<String> ga4sid();

    /** {@return {@code fbc}: Meta click id} */
    public abstract Optional<String> fbc();

    /** {@return {@code fbp}: Meta browser id} */
    public abstract Optional<String> fbp();

    /** {@return {@code msclkid}: Microsoft Ads click id} */
    public abstract Optional<String> msclkid();

    /** {@return {@code ttclid}: TikTok click id} */
    public abstract Optional<String> ttclid();

    /** {@return {@code twclid}: X (Twitter) click id} */
    public abstract Optional<String> twclid();

    /** {@return {@code rdt_cid}: Reddit click id} */
    public abstract Optional<String> rdtCid();

    /** {@return {@code sccid}: Snapchat click id} */
    public abstract Optional<String> sccid();

    /** {@return {@code epik}: Pinterest click id} */
    public abstract Optional<String> epik();

    /** {@return {@code li_fat_id}: LinkedIn click id} */
    public abstract Optional<String> liFatId();

    /** {@return {@code utm_source}} */
    public abstract Optional<String> utmSource();

    /** {@return {@code utm_medium}} */
    public abstract Optional<String> utmMedium();

    /** {@return {@code utm_campaign}} */
    public abstract Optional<String> utmCampaign();

    /** {@return {@code ad_storage} consent} */
    public abstract Optional<Boolean> adStorage();

    /** {@return {@code ad_user_data} consent} */
    public abstract Optional<Boolean> adUserData();

    /** {@return {@code analytics_storage} consent} */
    public abstract Optional<Boolean> analyticsStorage();

    /** {@return {@code ad_personalization} consent} */
    public abstract Optional<Boolean> adPersonalization();

    /** {@return the Google Ads campaign id} */
    public abstract Optional<String> googleAdsCampaignId();

    /** {@return the Google Ads campaign name} */
    public abstract Optional<String> googleAdsCampaignName();

    /** {@return the Google Ads ad group id} */
    public abstract Optional<String> googleAdsAdGroupId();

    /** {@return the Google Ads ad group name} */
    public abstract Optional<String> googleAdsAdGroupName();

    /** {@return the Google Ads ad id} */
    public abstract Optional<String> googleAdsAdId();

    /** {@return the id of the lead's label} */
    public abstract Optional<String> labelId();

    /** {@return the id of the conversion event selected for the lead} */
    public abstract Optional<String> selectedConversionEventId();

    @Override
    public abstract Optional<Instant> createdAt();

    @Override
    public abstract Optional<Instant> updatedAt();

    /** {@return when the lead was qualified} */
    public abstract Optional<Instant> qualifiedAt();

    /** {@return when the lead expires} */
    public abstract Optional<Instant> expiresAt();

    /** {@return fields the API sent that this SDK version does not know, by name, in the order sent} */
    public abstract Map<String, JsonValue> additionalProperties();

    /** {@return the click ids the lead has, by wire name ({@code gclid}, {@code rdt_cid}, ...), in the API's order} */
    public Map<String, String> clickIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        gclid().ifPresent(v -> ids.put("gclid", v));
        dclid().ifPresent(v -> ids.put("dclid", v));
        wbraid().ifPresent(v -> ids.put("wbraid", v));
        gbraid().ifPresent(v -> ids.put("gbraid", v));
        ga4cid().ifPresent(v -> ids.put("ga4cid", v));
        ga4sid().ifPresent(v -> ids.put("ga4sid", v));
        fbc().ifPresent(v -> ids.put("fbc", v));
        fbp().ifPresent(v -> ids.put("fbp", v));
        msclkid().ifPresent(v -> ids.put("msclkid", v));
        ttclid().ifPresent(v -> ids.put("ttclid", v));
        twclid().ifPresent(v -> ids.put("twclid", v));
        rdtCid().ifPresent(v -> ids.put("rdt_cid", v));
        sccid().ifPresent(v -> ids.put("sccid", v));
        epik().ifPresent(v -> ids.put("epik", v));
        liFatId().ifPresent(v -> ids.put("li_fat_id", v));
        return Collections.unmodifiableMap(ids);
    }

    /** {@return the lead's phone number, as a list of one; empty when it has none} */
    @Override
    public List<String> phones() {
        return phone().filter(p -> !p.isBlank()).map(List::of).orElse(List.of());
    }

    /** {@return the lead's email address, as a list of one; empty when it has none} */
    @Override
    public List<String> emails() {
        return email().filter(e -> !e.isBlank()).map(List::of).orElse(List.of());
    }

    private static Optional<Map<String, JsonValue>> parseObject(String text) {
        try {
            JsonValue value = JsonValue.parse(text);
            return value instanceof JsonObject ? Optional.of(((JsonObject) value).members()) : Optional.empty();
        } catch (IllegalArgumentException notJson) {
            return Optional.empty();
        }
    }

    /** {@return {@link #PLATFORM}} */
    @Override
    public final Platform platform() {
        return PLATFORM;
    }

    /**
     * {@return this lead in leadkit's JSON form, as a JSON object} What {@link #toJson()} writes, and what Jackson
     * writes for the lead.
     */
    @com.fasterxml.jackson.annotation.JsonValue
    public JsonObject toJsonObject() {
        return ModelJson.writer()
                .string(ModelJson.PLATFORM, PLATFORM.id())
                .string("id", id())
                .string("name", name())
                .string("email", email())
                .string("phone", phone())
                .string("statusValue", statusValue())
                .decimal("value", value())
                .string("note", note())
                .string("custom", custom())
                .string("lossReason", lossReason())
                .string("conversionName", conversionName())
                .string("sourceValue", sourceValue())
                .string("website", website())
                .string("path", path())
                .string("gclid", gclid())
                .string("dclid", dclid())
                .string("wbraid", wbraid())
                .string("gbraid", gbraid())
                .string("ga4cid", ga4cid())
                .string("ga4sid", ga4sid())
                .string("fbc", fbc())
                .string("fbp", fbp())
                .string("msclkid", msclkid())
                .string("ttclid", ttclid())
                .string("twclid", twclid())
                .string("rdtCid", rdtCid())
                .string("sccid", sccid())
                .string("epik", epik())
                .string("liFatId", liFatId())
                .string("utmSource", utmSource())
                .string("utmMedium", utmMedium())
                .string("utmCampaign", utmCampaign())
                .bool("adStorage", adStorage())
                .bool("adUserData", adUserData())
                .bool("analyticsStorage", analyticsStorage())
                .bool("adPersonalization", adPersonalization())
                .string("googleAdsCampaignId", googleAdsCampaignId())
                .string("googleAdsCampaignName", googleAdsCampaignName())
                .string("googleAdsAdGroupId", googleAdsAdGroupId())
                .string("googleAdsAdGroupName", googleAdsAdGroupName())
                .string("googleAdsAdId", googleAdsAdId())
                .string("labelId", labelId())
                .string("selectedConversionEventId", selectedConversionEventId())
                .instant("createdAt", createdAt())
                .instant("updatedAt", updatedAt())
                .instant("qualifiedAt", qualifiedAt())
                .instant("expiresAt", expiresAt())
                .object("additionalProperties", additionalProperties())
                .build();
    }

    /**
     * {@return this lead as leadkit's JSON text} {@code {"platform":"tracking","id":...}}: every attribute under its
     * accessor's name, in the order declared here, an absent optional left out. Read it back with
     * {@link #fromJson(String)}.
     */
    public String toJson() {
        return toJsonObject().toJson();
    }

    /**
     * Reads a lead from leadkit's JSON text, with the checks building one makes.
     *
     * @param json what {@link #toJson()} wrote; members it does not know are ignored
     * @return the lead, equal to the one that wrote {@code json}
     * @throws IllegalArgumentException if {@code json} is not a JSON object, lacks a required member, has a
     *     member of the wrong shape, or names another platform than {@code tracking}
     */
    public static TrackingLead fromJson(String json) {
        return fromJson(ModelJson.parse(json, "TrackingLead"));
    }

    /**
     * Reads a lead from leadkit's JSON form, parsed already; how Jackson reads one.
     *
     * @param json what {@link #toJsonObject()} gave
     * @return the lead
     * @throws IllegalArgumentException as {@link #fromJson(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TrackingLead fromJson(JsonObject json) {
        ModelJson.Reader read = ModelJson.reader(json, "TrackingLead").platform(PLATFORM);
        return builder()
                .id(read.requiredString("id"))
                .name(read.string("name"))
                .email(read.string("email"))
                .phone(read.string("phone"))
                .statusValue(read.requiredString("statusValue"))
                .value(read.decimal("value"))
                .note(read.string("note"))
                .custom(read.string("custom"))
                .lossReason(read.string("lossReason"))
                .conversionName(read.string("conversionName"))
                .sourceValue(read.string("sourceValue"))
                .website(read.string("website"))
                .path(read.string("path"))
                .gclid(read.string("gclid"))
                .dclid(read.string("dclid"))
                .wbraid(read.string("wbraid"))
                .gbraid(read.string("gbraid"))
                .ga4cid(read.string("ga4cid"))
                .ga4sid(read.string("ga4sid"))
                .fbc(read.string("fbc"))
                .fbp(read.string("fbp"))
                .msclkid(read.string("msclkid"))
                .ttclid(read.string("ttclid"))
                .twclid(read.string("twclid"))
                .rdtCid(read.string("rdtCid"))
                .sccid(read.string("sccid"))
                .epik(read.string("epik"))
                .liFatId(read.string("liFatId"))
                .utmSource(read.string("utmSource"))
                .utmMedium(read.string("utmMedium"))
                .utmCampaign(read.string("utmCampaign"))
                .adStorage(read.bool("adStorage"))
                .adUserData(read.bool("adUserData"))
                .analyticsStorage(read.bool("analyticsStorage"))
                .adPersonalization(read.bool("adPersonalization"))
                .googleAdsCampaignId(read.string("googleAdsCampaignId"))
                .googleAdsCampaignName(read.string("googleAdsCampaignName"))
                .googleAdsAdGroupId(read.string("googleAdsAdGroupId"))
                .googleAdsAdGroupName(read.string("googleAdsAdGroupName"))
                .googleAdsAdId(read.string("googleAdsAdId"))
                .labelId(read.string("labelId"))
                .selectedConversionEventId(read.string("selectedConversionEventId"))
                .createdAt(read.instant("createdAt"))
                .updatedAt(read.instant("updatedAt"))
                .qualifiedAt(read.instant("qualifiedAt"))
                .expiresAt(read.instant("expiresAt"))
                .additionalProperties(read.object("additionalProperties"))
                .build();
    }

    /** Builds {@link TrackingLead}s. */
    public static final class Builder extends ImmutableTrackingLead.Builder {

        Builder() {
        }
    }
}
