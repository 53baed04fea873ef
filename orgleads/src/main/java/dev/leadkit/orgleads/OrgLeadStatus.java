package dev.leadkit.orgleads;

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
     * @param value the vendor's string, in any case
     * @return the matching status, or {@link #UNKNOWN}
     */
    public static OrgLeadStatus fromValue(String value) {
        for (OrgLeadStatus status : values()) {
            if (status != UNKNOWN && status.value.equalsIgnoreCase(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
