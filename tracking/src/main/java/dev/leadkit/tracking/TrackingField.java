package dev.leadkit.tracking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A field of an Octanist lead, by its wire name, with what the Get Leads API lets you do with it:
 * filter by equality ({@code ?status=won}), compare ({@code ?value[gte]=100}), test for presence
 * ({@code ?gclid[exists]=true}), sort ({@code ?sort=createdAt:desc}) and select ({@code ?fields=id,name}).
 *
 * <table>
 *   <caption>What each group of fields supports</caption>
 *   <tr><th>fields</th><th>equality</th><th>comparison</th><th>exists</th><th>sort</th></tr>
 *   <tr><td>{@code status}</td><td>yes (several values)</td><td></td><td></td><td>yes</td></tr>
 *   <tr><td>{@code source labelId website utm_source utm_medium utm_campaign}</td><td>yes</td><td></td><td></td><td></td></tr>
 *   <tr><td>{@code value}</td><td>yes</td><td>yes (numbers)</td><td></td><td>yes</td></tr>
 *   <tr><td>{@code createdAt updatedAt qualifiedAt}</td><td></td><td>yes (instants)</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>the fifteen click ids ({@code gclid} ... {@code li_fat_id})</td><td></td><td></td><td>yes</td><td></td></tr>
 *   <tr><td>{@code name email}</td><td></td><td></td><td></td><td>yes</td></tr>
 * </table>
 *
 * <p>Every field can be selected with {@link TrackingLeadQuery.Builder#fields(TrackingField...)};
 * {@code id} is always returned.
 */
public enum TrackingField {
    /** {@code id}: always returned, whatever the selection. */
    ID("id", Kind.TEXT, 0),
    /** {@code name}: sortable. */
    NAME("name", Kind.TEXT, Caps.SORT),
    /** {@code email}: sortable. */
    EMAIL("email", Kind.TEXT, Caps.SORT),
    /** {@code phone}. */
    PHONE("phone", Kind.TEXT, 0),
    /** {@code status}: equality (several values allowed), sortable. */
    STATUS("status", Kind.TEXT, Caps.EQ | Caps.SORT),
    /** {@code value}: equality, comparison with numbers, sortable. */
    VALUE("value", Kind.NUMBER, Caps.EQ | Caps.CMP | Caps.SORT),
    /** {@code note}. */
    NOTE("note", Kind.TEXT, 0),
    /** {@code custom}: a string holding JSON. */
    CUSTOM("custom", Kind.TEXT, 0),
    /** {@code lossReason}. */
    LOSS_REASON("lossReason", Kind.TEXT, 0),
    /** {@code conversionName}. */
    CONVERSION_NAME("conversionName", Kind.TEXT, 0),
    /** {@code source}: equality. */
    SOURCE("source", Kind.TEXT, Caps.EQ),
    /** {@code website}: equality. */
    WEBSITE("website", Kind.TEXT, Caps.EQ),
    /** {@code path}. */
    PATH("path", Kind.TEXT, 0),
    /** {@code gclid} (Google Ads click id): exists. */
    GCLID("gclid", Kind.TEXT, Caps.EXISTS),
    /** {@code dclid} (Google Display click id): exists. */
    DCLID("dclid", Kind.TEXT, Caps.EXISTS),
    /** {@code wbraid} (Google Ads web-to-app click id): exists. */
    WBRAID("wbraid", Kind.TEXT, Caps.EXISTS),
    /** {@code gbraid} (Google Ads app-to-web click id): exists. */
    GBRAID("gbraid", Kind.TEXT, Caps.EXISTS),
    /** {@code ga4cid} (Google Analytics 4 client id): exists. */
    GA4CID("ga4cid", Kind.TEXT, Caps.EXISTS),
    /** {@code ga4sid} (Google Analytics 4 session id): exists. */
    GA4SID("ga4sid", Kind.TEXT, Caps.EXISTS),
    /** {@code fbc} (Meta click id): exists. */
    FBC("fbc", Kind.TEXT, Caps.EXISTS),
    /** {@code fbp} (Meta browser id): exists. */
    FBP("fbp", Kind.TEXT, Caps.EXISTS),
    /** {@code msclkid} (Microsoft Ads): exists. */
    MSCLKID("msclkid", Kind.TEXT, Caps.EXISTS),
    /** {@code ttclid} (TikTok): exists. */
    TTCLID("ttclid", Kind.TEXT, Caps.EXISTS),
    /** {@code twclid} (X / Twitter): exists. */
    TWCLID("twclid", Kind.TEXT, Caps.EXISTS),
    /** {@code rdt_cid} (Reddit): exists. */
    RDT_CID("rdt_cid", Kind.TEXT, Caps.EXISTS),
    /** {@code sccid} (Snapchat): exists. */
    SCCID("sccid", Kind.TEXT, Caps.EXISTS),
    /** {@code epik} (Pinterest): exists. */
    EPIK("epik", Kind.TEXT, Caps.EXISTS),
    /** {@code li_fat_id} (LinkedIn): exists. */
    LI_FAT_ID("li_fat_id", Kind.TEXT, Caps.EXISTS),
    /** {@code utm_source}: equality. */
    UTM_SOURCE("utm_source", Kind.TEXT, Caps.EQ),
    /** {@code utm_medium}: equality. */
    UTM_MEDIUM("utm_medium", Kind.TEXT, Caps.EQ),
    /** {@code utm_campaign}: equality. */
    UTM_CAMPAIGN("utm_campaign", Kind.TEXT, Caps.EQ),
    /** {@code ad_storage} (consent). */
    AD_STORAGE("ad_storage", Kind.BOOLEAN, 0),
    /** {@code ad_user_data} (consent). */
    AD_USER_DATA("ad_user_data", Kind.BOOLEAN, 0),
    /** {@code analytics_storage} (consent). */
    ANALYTICS_STORAGE("analytics_storage", Kind.BOOLEAN, 0),
    /** {@code ad_personalization} (consent). */
    AD_PERSONALIZATION("ad_personalization", Kind.BOOLEAN, 0),
    /** {@code googleAdsCampaignId}. */
    GOOGLE_ADS_CAMPAIGN_ID("googleAdsCampaignId", Kind.TEXT, 0),
    /** {@code googleAdsCampaignName}. */
    GOOGLE_ADS_CAMPAIGN_NAME("googleAdsCampaignName", Kind.TEXT, 0),
    /** {@code googleAdsAdGroupId}. */
    GOOGLE_ADS_AD_GROUP_ID("googleAdsAdGroupId", Kind.TEXT, 0),
    /** {@code googleAdsAdGroupName}. */
    GOOGLE_ADS_AD_GROUP_NAME("googleAdsAdGroupName", Kind.TEXT, 0),
    /** {@code googleAdsAdId}. */
    GOOGLE_ADS_AD_ID("googleAdsAdId", Kind.TEXT, 0),
    /** {@code labelId}: equality. */
    LABEL_ID("labelId", Kind.TEXT, Caps.EQ),
    /** {@code selectedConversionEventId}. */
    SELECTED_CONVERSION_EVENT_ID("selectedConversionEventId", Kind.TEXT, 0),
    /** {@code createdAt}: comparison with instants, exists, sortable. */
    CREATED_AT("createdAt", Kind.TIMESTAMP, Caps.CMP | Caps.EXISTS | Caps.SORT),
    /** {@code updatedAt}: comparison with instants, exists, sortable. The legacy {@code updated_at} reads as this. */
    UPDATED_AT("updatedAt", Kind.TIMESTAMP, Caps.CMP | Caps.EXISTS | Caps.SORT),
    /** {@code qualifiedAt}: comparison with instants, exists, sortable. */
    QUALIFIED_AT("qualifiedAt", Kind.TIMESTAMP, Caps.CMP | Caps.EXISTS | Caps.SORT),
    /** {@code expiresAt}. */
    EXPIRES_AT("expiresAt", Kind.TIMESTAMP, 0);

    /** The legacy spelling of {@link #UPDATED_AT} in {@code sort=updated_at:desc}. */
    static final String LEGACY_UPDATED_AT = "updated_at";

    /** What a field's values are; decides which comparison values it takes. */
    enum Kind { TEXT, NUMBER, TIMESTAMP, BOOLEAN }

    private static final class Caps {
        static final int EQ = 1;
        static final int CMP = 2;
        static final int EXISTS = 4;
        static final int SORT = 8;
    }

    private final String wireName;
    private final Kind kind;
    private final int caps;

    TrackingField(String wireName, Kind kind, int caps) {
        this.wireName = wireName;
        this.kind = kind;
        this.caps = caps;
    }

    /** {@return the field's name on the wire, e.g. {@code createdAt}, {@code utm_source}, {@code li_fat_id}} */
    public String wireName() {
        return wireName;
    }

    /** {@return whether {@code ?field=value} (exact match) is supported} */
    public boolean supportsEquality() {
        return (caps & Caps.EQ) != 0;
    }

    /** {@return whether {@code [gte] [gt] [lte] [lt]} are supported (numbers for {@code value}, instants for dates)} */
    public boolean supportsComparison() {
        return (caps & Caps.CMP) != 0;
    }

    /** {@return whether {@code [exists]} is supported} */
    public boolean supportsExists() {
        return (caps & Caps.EXISTS) != 0;
    }

    /** {@return whether the listing can be sorted by this field} */
    public boolean sortable() {
        return (caps & Caps.SORT) != 0;
    }

    /** {@return whether the field can be named in {@code fields=}: every field of the lead object can} */
    public boolean selectable() {
        return true;
    }

    Kind kind() {
        return kind;
    }

    /** {@return what this field supports, in words, for error messages} */
    String capabilities() {
        List<String> supported = new ArrayList<>();
        if (supportsEquality()) {
            supported.add("equality");
        }
        if (supportsComparison()) {
            supported.add("[gte] [gt] [lte] [lt] with " + (kind == Kind.NUMBER ? "numbers" : "instants"));
        }
        if (supportsExists()) {
            supported.add("[exists]");
        }
        return supported.isEmpty() ? "no filter at all" : String.join(", ", supported);
    }

    /** {@return the sortable fields' wire names, for error messages} */
    static String sortableNames() {
        return Arrays.stream(values()).filter(TrackingField::sortable).map(TrackingField::wireName)
                .collect(Collectors.joining(", "));
    }

    /**
     * The field for a wire name, as in a query string you already have; the legacy {@code updated_at} reads
     * as {@link #UPDATED_AT}.
     *
     * @param wireName e.g. {@code createdAt}, {@code utm_source}; case-sensitive like the API
     * @return the field
     * @throws IllegalArgumentException if no field has that name
     */
    public static TrackingField fromWireName(String wireName) {
        if (LEGACY_UPDATED_AT.equals(wireName)) {
            return UPDATED_AT;
        }
        for (TrackingField field : values()) {
            if (field.wireName.equals(wireName)) {
                return field;
            }
        }
        String hint = wireName == null ? "" : Arrays.stream(values())
                .filter(f -> f.wireName.equalsIgnoreCase(wireName) || f.name().equalsIgnoreCase(wireName))
                .map(f -> " (did you mean " + f.wireName + "?)").findFirst().orElse("");
        throw new IllegalArgumentException("unknown Octanist lead field: " + wireName + hint);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
