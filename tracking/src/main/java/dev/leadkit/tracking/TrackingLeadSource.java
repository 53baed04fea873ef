package dev.leadkit.tracking;

import dev.leadkit.core.internal.dialect.VendorValues;

/**
 * Where a lead came from, as Octanist records it. A source the SDK does not know yet reads as
 * {@link #UNKNOWN}, and the lead keeps the raw string in {@link TrackingLead#sourceValue()}.
 */
public enum TrackingLeadSource {
    /** {@code inbound}: a form or call captured by the tracking script. */
    INBOUND("inbound"),
    /** {@code gtm}: sent through Google Tag Manager. */
    GTM("gtm"),
    /** {@code api}: created through the API. */
    API("api"),
    /** {@code manual}: typed in by a user. */
    MANUAL("manual"),
    /** {@code wordpress}: from the WordPress plugin. */
    WORDPRESS("wordpress"),
    /** {@code import}: imported from a file. */
    IMPORT("import"),
    /** A source this version of the SDK does not know; see {@link TrackingLead#sourceValue()}. Never sent. */
    UNKNOWN("");

    private final String value;

    TrackingLeadSource(String value) {
        this.value = value;
    }

    /** {@return the string the API uses, e.g. {@code wordpress}; empty for {@link #UNKNOWN}} */
    public String value() {
        return value;
    }

    /**
     * The source for an API string.
     *
     * @param value the vendor's string, in any case, surrounding whitespace ignored
     * @return the matching source, or {@link #UNKNOWN} (also for {@code null})
     */
    public static TrackingLeadSource fromValue(String value) {
        return VendorValues.lookup(values(), TrackingLeadSource::value, UNKNOWN, value);
    }
}
