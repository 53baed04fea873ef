package dev.leadkit.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead held by a {@link TrackingSandbox}: Octanist's full lead object, field by field. Every field of
 * {@link #FIELDS} is present, {@code null} when the lead has no value. Values are {@link String}s,
 * {@link BigDecimal} ({@code value}), {@link Boolean} (the consent flags) or {@link Instant} (the dates);
 * {@code custom} is a string holding JSON, as the vendor sends it. Immutable.
 *
 * <pre>{@code
 * TrackingSandboxLead lead = sandbox.leads().get(0);
 * lead.id();                  // "lead_k3J9x2Qa"
 * lead.status();              // "won"
 * lead.get("gclid");          // Optional[Cj0KCQjw...]
 * }</pre>
 */
public final class TrackingSandboxLead implements SandboxLead {

    /** The click-id fields, each filterable with {@code [exists]}. */
    public static final List<String> CLICK_IDS = List.of("gclid", "dclid", "wbraid", "gbraid", "ga4cid", "ga4sid",
            "fbc", "fbp", "msclkid", "ttclid", "twclid", "rdt_cid", "sccid", "epik", "li_fat_id");

    /** Every field of the full lead object, in the order the sandbox writes them. */
    public static final List<String> FIELDS;

    static {
        List<String> fields = new java.util.ArrayList<>(List.of("id", "name", "email", "phone", "status", "value", "note",
                "custom", "lossReason", "conversionName", "source", "website", "path"));
        fields.addAll(CLICK_IDS);
        fields.addAll(List.of("utm_source", "utm_medium", "utm_campaign", "ad_storage", "ad_user_data",
                "analytics_storage", "ad_personalization", "googleAdsCampaignId", "googleAdsCampaignName",
                "googleAdsAdGroupId", "googleAdsAdGroupName", "googleAdsAdId", "labelId", "selectedConversionEventId",
                "createdAt", "updatedAt", "qualifiedAt", "expiresAt"));
        FIELDS = List.copyOf(fields);
    }

    private static final List<String> DATES = List.of("createdAt", "updatedAt", "qualifiedAt", "expiresAt");
    private static final List<String> BOOLEANS = List.of("ad_storage", "ad_user_data", "analytics_storage",
            "ad_personalization");

    private final Map<String, Object> fields;

    private TrackingSandboxLead(Map<String, Object> fields) {
        this.fields = fields;
    }

    /**
     * A lead from its fields. {@code id}, {@code status}, {@code createdAt} and {@code updatedAt} are
     * required; fields not given are {@code null}.
     *
     * @param fields field name to value, names from {@link #FIELDS}
     * @return the lead
     * @throws IllegalArgumentException for an unknown field or a value of the wrong type
     */
    public static TrackingSandboxLead of(Map<String, ?> fields) {
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field " + name + "; fields are " + FIELDS);
            }
        }
        Map<String, Object> all = new LinkedHashMap<>();
        for (String name : FIELDS) {
            Object value = fields.get(name);
            Class<?> type = name.equals("value") ? BigDecimal.class : DATES.contains(name) ? Instant.class
                    : BOOLEANS.contains(name) ? Boolean.class : String.class;
            if (value != null && !type.isInstance(value)) {
                throw new IllegalArgumentException(name + " must be a " + type.getSimpleName() + ", got " + value.getClass());
            }
            all.put(name, value);
        }
        for (String required : List.of("id", "status", "createdAt", "updatedAt")) {
            Objects.requireNonNull(all.get(required), required + " is required");
        }
        return new TrackingSandboxLead(Collections.unmodifiableMap(all));
    }

    /** {@return the id, e.g. {@code lead_k3J9x2Qa}} */
    public String id() {
        return (String) fields.get("id");
    }

    /**
     * The id: the same as {@link #id()}.
     *
     * @return the id
     */
    @Override
    public String leadId() {
        return id();
    }

    /**
     * The creation time: the same as {@link #createdAt()}.
     *
     * @return the creation instant
     */
    @Override
    public Instant createdInstant() {
        return createdAt();
    }

    /**
     * The last update's time: the same as {@link #updatedAt()}.
     *
     * @return the last update's instant
     */
    @Override
    public Instant updatedInstant() {
        return updatedAt();
    }

    /** {@return the name, if any} */
    public Optional<String> name() {
        return text("name");
    }

    /** {@return the email, lowercase, if any} */
    public Optional<String> email() {
        return text("email");
    }

    /** {@return the phone, E.164, if any} */
    public Optional<String> phone() {
        return text("phone");
    }

    /** {@return the status: {@code open}, {@code qualified}, {@code won} or {@code lost}} */
    public String status() {
        return (String) fields.get("status");
    }

    /** {@return the lead's value, if any} */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable((BigDecimal) fields.get("value"));
    }

    /** {@return the source ({@code inbound}, {@code gtm}, {@code api}, {@code manual}, {@code wordpress}, {@code import}), if any} */
    public Optional<String> source() {
        return text("source");
    }

    /** {@return creation time} */
    public Instant createdAt() {
        return (Instant) fields.get("createdAt");
    }

    /** {@return last update} */
    public Instant updatedAt() {
        return (Instant) fields.get("updatedAt");
    }

    /** {@return when the lead was qualified, if it was} */
    public Optional<Instant> qualifiedAt() {
        return Optional.ofNullable((Instant) fields.get("qualifiedAt"));
    }

    /**
     * Any field by its wire name.
     *
     * @param field a name from {@link #FIELDS}
     * @return its value, or empty when null
     * @throws IllegalArgumentException for an unknown field
     */
    public Optional<Object> get(String field) {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("unknown field " + field + "; fields are " + FIELDS);
        }
        return Optional.ofNullable(fields.get(field));
    }

    /**
     * Every field, in {@link #FIELDS} order, {@code null} values included.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> fields() {
        return fields;
    }

    private Optional<String> text(String field) {
        return Optional.ofNullable((String) fields.get(field));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrackingSandboxLead lead && fields.equals(lead.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "TrackingSandboxLead" + fields;
    }
}
