package dev.leadkit.autocalls;

import dev.leadkit.core.internal.dialect.VendorValues;

/**
 * A lead's status on the Autocalls platform. Open for the future: a status the SDK does not know yet
 * reads as {@link #UNKNOWN}, and the lead keeps the raw string in {@link AutocallsLead#statusValue()}.
 */
public enum AutocallsLeadStatus {
    /** {@code created}: added, not yet scheduled. */
    CREATED("created"),
    /** {@code scheduled}: a call is planned. */
    SCHEDULED("scheduled"),
    /** {@code processing}: a call is under way. */
    PROCESSING("processing"),
    /** {@code completed}: the campaign is done with this lead. */
    COMPLETED("completed"),
    /** {@code rescheduled}: called, and to be called again. */
    RESCHEDULED("rescheduled"),
    /** {@code reached-max-retries}: the campaign gave up calling. */
    REACHED_MAX_RETRIES("reached-max-retries"),
    /** {@code blacklisted}: never to be called. */
    BLACKLISTED("blacklisted"),
    /** A status this version of the SDK does not know; see {@link AutocallsLead#statusValue()}. Never sent. */
    UNKNOWN("");

    private final String value;

    AutocallsLeadStatus(String value) {
        this.value = value;
    }

    /** {@return the string the API uses, e.g. {@code reached-max-retries}; empty for {@link #UNKNOWN}} */
    public String value() {
        return value;
    }

    /**
     * The status for an API string.
     *
     * @param value the vendor's string, in any case, surrounding whitespace ignored
     * @return the matching status, or {@link #UNKNOWN} (also for {@code null})
     */
    public static AutocallsLeadStatus fromValue(String value) {
        return VendorValues.lookup(values(), AutocallsLeadStatus::value, UNKNOWN, value);
    }
}
