package dev.leadkit.orgleads;

import dev.leadkit.core.internal.dialect.VendorValues;

/**
 * A lead's status in Nexus ERP's CRM. Open for the future: a status the SDK does not know yet reads as
 * {@link #UNKNOWN}, and the lead keeps the raw string in {@link OrgLead#statusValue()}.
 */
public enum OrgLeadStatus {
    /** {@code NOT_CONTACTED}: nobody has reached the contact yet. */
    NOT_CONTACTED("NOT_CONTACTED"),
    /** {@code CONTACTED}: the contact has been reached. */
    CONTACTED("CONTACTED"),
    /** {@code QUALIFIED}: the contact is a real prospect. */
    QUALIFIED("QUALIFIED"),
    /** {@code CONVERTED}: the lead became a customer. */
    CONVERTED("CONVERTED"),
    /** {@code LOST}: the lead is closed without a sale. */
    LOST("LOST"),
    /** A status this version of the SDK does not know; see {@link OrgLead#statusValue()}. Never sent. */
    UNKNOWN("");

    private final String value;

    OrgLeadStatus(String value) {
        this.value = value;
    }

    /** {@return the string the API uses, e.g. {@code NOT_CONTACTED}; empty for {@link #UNKNOWN}} */
    public String value() {
        return value;
    }

    /**
     * The status for an API string.
     *
     * @param value the vendor's string, in any case, surrounding whitespace ignored
     * @return the matching status, or {@link #UNKNOWN} (also for {@code null})
     */
    public static OrgLeadStatus fromValue(String value) {
        return VendorValues.lookup(values(), OrgLeadStatus::value, UNKNOWN, value);
    }
}
