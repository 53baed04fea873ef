package dev.leadkit.tracking;

import dev.leadkit.core.internal.dialect.VendorValues;

/**
 * A lead's status on Octanist. Open for the future: a status the SDK does not know yet reads as
 * {@link #UNKNOWN}, and the lead keeps the raw string in {@link TrackingLead#statusValue()}.
 *
 * <p>The legacy {@code win} that older accounts still return reads as {@link #WON}; the SDK only ever
 * sends {@code won}.
 */
public enum TrackingLeadStatus {
    /** {@code open}: new, not yet qualified. */
    OPEN("open"),
    /** {@code qualified}: judged a real prospect. */
    QUALIFIED("qualified"),
    /** {@code won}: converted (legacy responses say {@code win}). */
    WON("won"),
    /** {@code lost}: not converted; see {@link TrackingLead#lossReason()}. */
    LOST("lost"),
    /** A status this version of the SDK does not know; see {@link TrackingLead#statusValue()}. Never sent. */
    UNKNOWN("");

    /** The legacy spelling of {@link #WON}. */
    static final String LEGACY_WON = "win";

    private final String value;

    TrackingLeadStatus(String value) {
        this.value = value;
    }

    /** {@return the string the API uses, e.g. {@code qualified}; empty for {@link #UNKNOWN}} */
    public String value() {
        return value;
    }

    /**
     * The status for an API string.
     *
     * @param value the vendor's string, in any case, surrounding whitespace ignored; the legacy {@code win} reads as {@link #WON}
     * @return the matching status, or {@link #UNKNOWN} (also for {@code null})
     */
    public static TrackingLeadStatus fromValue(String value) {
        if (value != null && value.strip().equalsIgnoreCase(LEGACY_WON)) {
            return WON;
        }
        return VendorValues.lookup(values(), TrackingLeadStatus::value, UNKNOWN, value);
    }
}
