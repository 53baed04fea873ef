package dev.leadkit.tracking;

import dev.leadkit.core.internal.dialect.VendorValues;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One filter of an Octanist lead listing, rendered exactly as the API documents it:
 *
 * <pre>{@code
 * TrackingFilter.status(TrackingLeadStatus.WON, TrackingLeadStatus.LOST)  // status=won,lost
 * TrackingFilter.source(TrackingLeadSource.GTM)                           // source=gtm
 * TrackingFilter.eq(TrackingField.UTM_CAMPAIGN, "spring-sale")            // utm_campaign=spring-sale
 * TrackingFilter.gte(TrackingField.VALUE, new BigDecimal("100"))          // value[gte]=100
 * TrackingFilter.lt(TrackingField.CREATED_AT, Instant.parse("2026-02-01T00:00:00Z"))
 *                                                                         // createdAt[lt]=2026-02-01T00:00:00Z
 * TrackingFilter.exists(TrackingField.GCLID, true)                        // gclid[exists]=true
 * TrackingFilter.parse("value[lte]", "1000")                              // from a query string you have
 * }</pre>
 *
 * <p>A factory throws {@link IllegalArgumentException}, naming the field and the operator, when the field
 * does not support the operator ({@code [gt]} on {@code status}, {@code [exists]} on {@code value}) or the
 * value is of the wrong kind (an {@link Instant} for {@code value}); see {@link TrackingField} for what each
 * field supports. A number is sent written out plainly ({@code 1E+3} as {@code 1000}), so it may have at most
 * {@value #MAX_NUMBER_DIGITS} digits written so: a larger one ({@code 1e1000000000}) could not be sent, and
 * fails at once too, as text of more digits does before it is parsed.
 *
 * <p>Instants are sent in UTC, ISO-8601, at the API's millisecond precision: {@code 2026-01-01T00:00:00Z},
 * {@code 2026-01-01T00:00:00.250Z}. An instant finer than a millisecond is rounded so the filter keeps its
 * meaning against millisecond timestamps: up for {@code [gte]} and {@code [lt]}, down for {@code [gt]} and
 * {@code [lte]}.
 */
public final class TrackingFilter {

    /** The most digits a number filter's value has written out plainly, as it is sent. */
    public static final int MAX_NUMBER_DIGITS = 1000;

    /** A filter operator and its wire suffix. */
    public enum Operator {
        /** Exact match: {@code field=value}. */
        EQ(""),
        /** Greater than or equal: {@code field[gte]=value}. */
        GTE("gte"),
        /** Greater than: {@code field[gt]=value}. */
        GT("gt"),
        /** Less than or equal: {@code field[lte]=value}. */
        LTE("lte"),
        /** Less than: {@code field[lt]=value}. */
        LT("lt"),
        /** Present ({@code true}) or absent ({@code false}): {@code field[exists]=true}. */
        EXISTS("exists");

        private final String wireName;

        Operator(String wireName) {
            this.wireName = wireName;
        }

        /** {@return the operator in brackets as sent, e.g. {@code [gte]}; empty for {@link #EQ}} */
        public String suffix() {
            return wireName.isEmpty() ? "" : "[" + wireName + "]";
        }

        /** {@return how error messages name it: {@code [gte]}, or {@code equality}} */
        String describe() {
            return this == EQ ? "equality (=)" : suffix();
        }

        boolean isComparison() {
            return this == GTE || this == GT || this == LTE || this == LT;
        }
    }

    /** The legacy parameter that maps to {@code updatedAt[gte]}. */
    static final String LEGACY_UPDATED_AFTER = "updated_after";

    private final TrackingField field;
    private final Operator operator;
    private final String value;

    private TrackingFilter(TrackingField field, Operator operator, String value) {
        this.field = field;
        this.operator = operator;
        this.value = value;
    }

    /**
     * Exact match on a field that supports equality ({@code status}, {@code source}, {@code labelId},
     * {@code website}, {@code utm_source}, {@code utm_medium}, {@code utm_campaign}, {@code value}).
     *
     * @param field the field
     * @param value the value, sent as given (percent-encoded on the wire); not blank
     * @return the filter {@code field=value}
     * @throws IllegalArgumentException if the field does not support equality or the value is blank
     */
    public static TrackingFilter eq(TrackingField field, String value) {
        require(field, Operator.EQ);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field.wireName() + " equality filter needs a non-blank value");
        }
        if (field == TrackingField.VALUE) {
            return eq(field, number(field, value));
        }
        return new TrackingFilter(field, Operator.EQ, value);
    }

    /**
     * Exact match on {@code value}.
     *
     * @param field {@link TrackingField#VALUE}
     * @param value the amount
     * @return the filter {@code value=100}
     * @throws IllegalArgumentException if the field is not a number field supporting equality
     */
    public static TrackingFilter eq(TrackingField field, BigDecimal value) {
        require(field, Operator.EQ);
        requireKind(field, Operator.EQ, TrackingField.Kind.NUMBER, "a number");
        return new TrackingFilter(field, Operator.EQ, plain(field, Operator.EQ, value));
    }

    /**
     * Leads with any of these statuses: {@code status=won,lost}.
     *
     * @param statuses one or more, without repeats; never {@link TrackingLeadStatus#UNKNOWN}
     * @return the filter
     * @throws IllegalArgumentException if none is given, one repeats, or one is UNKNOWN
     */
    public static TrackingFilter status(TrackingLeadStatus... statuses) {
        Objects.requireNonNull(statuses, "statuses must not be null");
        if (statuses.length == 0) {
            throw new IllegalArgumentException("status filter needs at least one status");
        }
        Set<TrackingLeadStatus> distinct = new LinkedHashSet<>();
        for (TrackingLeadStatus status : statuses) {
            Objects.requireNonNull(status, "status must not be null");
            VendorValues.requireSendable("status", status, TrackingLeadStatus.UNKNOWN);
            if (!distinct.add(status)) {
                throw new IllegalArgumentException("status " + status.value() + " is given twice");
            }
        }
        return new TrackingFilter(TrackingField.STATUS, Operator.EQ,
                distinct.stream().map(TrackingLeadStatus::value).collect(Collectors.joining(",")));
    }

    /**
     * Leads from this source: {@code source=gtm}.
     *
     * @param source never {@link TrackingLeadSource#UNKNOWN}
     * @return the filter
     * @throws IllegalArgumentException for UNKNOWN
     */
    public static TrackingFilter source(TrackingLeadSource source) {
        Objects.requireNonNull(source, "source must not be null");
        VendorValues.requireSendable("source", source, TrackingLeadSource.UNKNOWN);
        return new TrackingFilter(TrackingField.SOURCE, Operator.EQ, source.value());
    }

    /**
     * {@code value[gte]=100}: at least this amount.
     *
     * @param field {@link TrackingField#VALUE}
     * @param value the amount
     * @return the filter
     */
    public static TrackingFilter gte(TrackingField field, BigDecimal value) {
        return compare(field, Operator.GTE, value);
    }

    /**
     * {@code value[gt]=100}: more than this amount.
     *
     * @param field {@link TrackingField#VALUE}
     * @param value the amount
     * @return the filter
     */
    public static TrackingFilter gt(TrackingField field, BigDecimal value) {
        return compare(field, Operator.GT, value);
    }

    /**
     * {@code value[lte]=1000}: at most this amount.
     *
     * @param field {@link TrackingField#VALUE}
     * @param value the amount
     * @return the filter
     */
    public static TrackingFilter lte(TrackingField field, BigDecimal value) {
        return compare(field, Operator.LTE, value);
    }

    /**
     * {@code value[lt]=1000}: less than this amount.
     *
     * @param field {@link TrackingField#VALUE}
     * @param value the amount
     * @return the filter
     */
    public static TrackingFilter lt(TrackingField field, BigDecimal value) {
        return compare(field, Operator.LT, value);
    }

    /**
     * {@code createdAt[gte]=2026-01-01T00:00:00Z}: at or after this instant.
     *
     * @param field a date field: {@code createdAt}, {@code updatedAt} or {@code qualifiedAt}
     * @param instant the instant, sent in UTC at millisecond precision
     * @return the filter
     */
    public static TrackingFilter gte(TrackingField field, Instant instant) {
        return compare(field, Operator.GTE, instant);
    }

    /**
     * {@code createdAt[gt]=2026-01-01T00:00:00Z}: after this instant.
     *
     * @param field a date field: {@code createdAt}, {@code updatedAt} or {@code qualifiedAt}
     * @param instant the instant, sent in UTC at millisecond precision
     * @return the filter
     */
    public static TrackingFilter gt(TrackingField field, Instant instant) {
        return compare(field, Operator.GT, instant);
    }

    /**
     * {@code createdAt[lte]=2026-01-31T23:59:59Z}: at or before this instant.
     *
     * @param field a date field: {@code createdAt}, {@code updatedAt} or {@code qualifiedAt}
     * @param instant the instant, sent in UTC at millisecond precision
     * @return the filter
     */
    public static TrackingFilter lte(TrackingField field, Instant instant) {
        return compare(field, Operator.LTE, instant);
    }

    /**
     * {@code createdAt[lt]=2026-02-01T00:00:00Z}: before this instant.
     *
     * @param field a date field: {@code createdAt}, {@code updatedAt} or {@code qualifiedAt}
     * @param instant the instant, sent in UTC at millisecond precision
     * @return the filter
     */
    public static TrackingFilter lt(TrackingField field, Instant instant) {
        return compare(field, Operator.LT, instant);
    }

    /**
     * {@code gclid[exists]=true}: the field is set ({@code true}) or null ({@code false}). Supported on
     * the fifteen click ids and on {@code createdAt}, {@code updatedAt}, {@code qualifiedAt}.
     *
     * @param field  the field
     * @param exists whether the field must be set
     * @return the filter
     * @throws IllegalArgumentException if the field does not support {@code [exists]}
     */
    public static TrackingFilter exists(TrackingField field, boolean exists) {
        require(field, Operator.EXISTS);
        return new TrackingFilter(field, Operator.EXISTS, Boolean.toString(exists));
    }

    /**
     * A filter from a query-string parameter you already have, e.g. from a saved Octanist URL:
     * {@code parse("value[gte]", "100")}, {@code parse("gclid[exists]", "true")},
     * {@code parse("status", "won,lost")}. The legacy {@code updated_after} reads as
     * {@code updatedAt[gte]}, and the legacy status {@code win} as {@code won}. The value is checked as
     * the typed factories check it (numbers for {@code value}, ISO-8601 instants for dates).
     *
     * @param parameter the parameter name, operator included
     * @param value     the decoded value
     * @return the filter
     * @throws IllegalArgumentException for an unknown field or operator, or a value of the wrong kind
     */
    public static TrackingFilter parse(String parameter, String value) {
        Objects.requireNonNull(parameter, "parameter must not be null");
        Objects.requireNonNull(value, "value must not be null");
        if (parameter.equals(LEGACY_UPDATED_AFTER)) {
            return gte(TrackingField.UPDATED_AT, instant(TrackingField.UPDATED_AT, value));
        }
        String name = parameter;
        Operator operator = Operator.EQ;
        int bracket = parameter.indexOf('[');
        if (bracket >= 0) {
            if (!parameter.endsWith("]")) {
                throw new IllegalArgumentException("filter parameter " + parameter + " should read field[operator]");
            }
            name = parameter.substring(0, bracket);
            String op = parameter.substring(bracket + 1, parameter.length() - 1);
            operator = Arrays.stream(Operator.values()).filter(o -> o != Operator.EQ && o.wireName.equals(op))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown filter operator [" + op
                            + "] in " + parameter + "; the API knows [gte] [gt] [lte] [lt] [exists]"));
        }
        TrackingField field = TrackingField.fromWireName(name);
        require(field, operator);
        switch (operator) {
            case EQ:
                if (field == TrackingField.STATUS) {
                    return status(Arrays.stream(value.split(",", -1)).map(String::strip).map(s -> {
                        TrackingLeadStatus status = TrackingLeadStatus.fromValue(s);
                        if (status == TrackingLeadStatus.UNKNOWN) {
                            throw new IllegalArgumentException("status filter value " + s
                                    + " is not one of open, qualified, won, lost");
                        }
                        return status;
                    }).toArray(TrackingLeadStatus[]::new));
                }
                return eq(field, value);
            case EXISTS:
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException(parameter + " takes true or false, got " + value);
                }
                return exists(field, Boolean.parseBoolean(value));
            default:
                return field.kind() == TrackingField.Kind.NUMBER ? compare(field, operator, number(field, value))
                        : compare(field, operator, instant(field, value));
        }
    }

    private static TrackingFilter compare(TrackingField field, Operator operator, BigDecimal value) {
        require(field, operator);
        requireKind(field, operator, TrackingField.Kind.NUMBER, "a number");
        return new TrackingFilter(field, operator, plain(field, operator, value));
    }

    /**
     * {@code value} written out plainly, as the API reads it, once its digits so written are counted from its
     * precision and scale: {@code toPlainString()} of {@code 1e1000000000} would fill the heap.
     */
    private static String plain(TrackingField field, Operator operator, BigDecimal value) {
        Objects.requireNonNull(value, "value must not be null");
        long precision = value.precision();
        long scale = value.scale();
        long digits = scale <= 0 ? precision - scale : Math.max(precision, scale + 1);
        if (digits > MAX_NUMBER_DIGITS) {
            throw new IllegalArgumentException(field.wireName() + operator.suffix() + " takes a number of at most "
                    + MAX_NUMBER_DIGITS + " digits written out, got " + shown(value.toString()) + " (" + digits
                    + " digits)");
        }
        return value.toPlainString();
    }

    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static TrackingFilter compare(TrackingField field, Operator operator, Instant instant) {
        require(field, operator);
        requireKind(field, operator, TrackingField.Kind.TIMESTAMP, "an Instant");
        Objects.requireNonNull(instant, "instant must not be null");
        return new TrackingFilter(field, operator, render(instant, operator));
    }

    /**
     * UTC ISO-8601 at millisecond precision; a finer instant is rounded up for {@code [gte]} and {@code [lt]}
     * and down for {@code [gt]} and {@code [lte]}, so the same leads match as with the exact instant.
     */
    static String render(Instant instant, Operator operator) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        boolean roundUp = operator == Operator.GTE || operator == Operator.LT;
        if (roundUp && millis.isBefore(instant)) {
            millis = millis.plusMillis(1);
        }
        return DateTimeFormatter.ISO_INSTANT.format(millis);
    }

    private static void require(TrackingField field, Operator operator) {
        Objects.requireNonNull(field, "field must not be null");
        boolean supported = operator == Operator.EQ ? field.supportsEquality()
                : operator == Operator.EXISTS ? field.supportsExists() : field.supportsComparison();
        if (!supported) {
            throw new IllegalArgumentException(field.wireName() + " does not support the " + operator.describe()
                    + " filter; " + field.wireName() + " supports " + field.capabilities());
        }
    }

    private static void requireKind(TrackingField field, Operator operator, TrackingField.Kind kind, String what) {
        if (field.kind() != kind) {
            throw new IllegalArgumentException(field.wireName() + operator.suffix() + " does not take " + what
                    + "; " + field.wireName() + " supports " + field.capabilities());
        }
    }

    private static BigDecimal number(TrackingField field, String value) {
        String text = value.strip();
        long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
        if (digits > MAX_NUMBER_DIGITS) { // new BigDecimal(String) takes time growing with the square of the digits
            throw new IllegalArgumentException(field.wireName() + " filter takes a number of at most "
                    + MAX_NUMBER_DIGITS + " digits written out, got " + shown(text) + " (" + digits + " digits)");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field.wireName() + " filter takes a number, got " + shown(value), e);
        }
    }

    private static Instant instant(TrackingField field, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field.wireName() + " filter takes an ISO-8601 instant such as"
                    + " 2026-01-01T00:00:00Z, got " + value, e);
        }
    }

    /** {@return the field filtered on} */
    public TrackingField field() {
        return field;
    }

    /** {@return the operator} */
    public Operator operator() {
        return operator;
    }

    /** {@return the parameter name as sent, e.g. {@code value[gte]}} */
    public String parameterName() {
        return field.wireName() + operator.suffix();
    }

    /** {@return the value as sent (before percent-encoding), e.g. {@code 100}, {@code won,lost}, {@code 2026-01-01T00:00:00Z}} */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TrackingFilter)) {
            return false;
        }
        TrackingFilter other = (TrackingFilter) o;
        return field == other.field && operator == other.operator && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, operator, value);
    }

    /** {@return the filter as it reads in the query string (before percent-encoding): {@code value[gte]=100}} */
    @Override
    public String toString() {
        return parameterName() + "=" + value;
    }
}
