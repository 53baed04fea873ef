package dev.leadkit.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Octanist's Get Leads query grammar, read from a request: {@code field=value} equality (status takes
 * comma-separated values), {@code field[gte|gt|lte|lt]=x} on {@code value} and the dates,
 * {@code field[exists]=true|false} on the dates and click ids, {@code sort=field:dir,...},
 * {@code fields=a,b}, {@code search}, {@code limit}, {@code page}, and the legacy {@code updated_after}
 * and {@code sort=updated_at:desc}. Anything else is rejected with the vendor's error code.
 */
final class TrackingQuery {

    /** A rejected query: the HTTP status, the vendor's code and a message. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Invalid(String code, String message) {
            super(message, null, false, false);
            this.status = 400;
            this.code = code;
        }
    }

    private enum Op { EQ, GTE, GT, LTE, LT, EXISTS }

    private enum Kind { TEXT, STATUS, SOURCE, NUMBER, DATE, CLICK_ID }

    private static final Set<String> RESERVED = Set.of("limit", "page", "sort", "search", "fields", "updated_after");
    private static final Map<String, Kind> FILTERABLE;
    private static final List<String> SORTABLE = List.of("createdAt", "updatedAt", "qualifiedAt", "value", "name",
            "email", "status");
    private static final Pattern PARAM = Pattern.compile("([A-Za-z0-9_]+)(?:\\[([A-Za-z]*)])?");

    static {
        Map<String, Kind> kinds = new java.util.LinkedHashMap<>();
        kinds.put("status", Kind.STATUS);
        kinds.put("source", Kind.SOURCE);
        kinds.put("labelId", Kind.TEXT);
        kinds.put("value", Kind.NUMBER);
        kinds.put("website", Kind.TEXT);
        kinds.put("createdAt", Kind.DATE);
        kinds.put("updatedAt", Kind.DATE);
        kinds.put("qualifiedAt", Kind.DATE);
        TrackingSandboxLead.CLICK_IDS.forEach(id -> kinds.put(id, Kind.CLICK_ID));
        kinds.put("utm_source", Kind.TEXT);
        kinds.put("utm_medium", Kind.TEXT);
        kinds.put("utm_campaign", Kind.TEXT);
        FILTERABLE = Map.copyOf(kinds);
    }

    final int limit;
    final int page;
    final Predicate<TrackingSandboxLead> filter;
    final Comparator<TrackingSandboxLead> order;
    final Optional<Set<String>> fields;

    private TrackingQuery(int limit, int page, Predicate<TrackingSandboxLead> filter,
                          Comparator<TrackingSandboxLead> order, Optional<Set<String>> fields) {
        this.limit = limit;
        this.page = page;
        this.filter = filter;
        this.order = order;
        this.fields = fields;
    }

    /**
     * @throws Invalid when a parameter breaks the grammar
     */
    static TrackingQuery parse(Map<String, List<String>> params) {
        int limit = 50;
        int page = 1;
        Predicate<TrackingSandboxLead> filter = lead -> true;
        Comparator<TrackingSandboxLead> order = null;
        Optional<Set<String>> fields = Optional.empty();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            String name = param.getKey();
            String value = param.getValue().get(0);
            switch (name) {
                case "limit" -> {
                    long n = Paging.positiveInt(value);
                    if (n < 1 || n > 100) {
                        throw new Invalid("VALIDATION_ERROR", "limit must be an integer between 1 and 100, got \"" + value + "\"");
                    }
                    limit = (int) n;
                }
                case "page" -> {
                    long n = Paging.positiveInt(value);
                    if (n < 1) {
                        throw new Invalid("VALIDATION_ERROR", "page must be an integer of at least 1, got \"" + value + "\"");
                    }
                    page = (int) n;
                }
                case "sort" -> order = sort(value);
                case "fields" -> fields = Optional.of(fields(value));
                case "search" -> {
                    String needle = value.toLowerCase(Locale.ROOT);
                    if (!needle.isEmpty()) {
                        filter = filter.and(lead -> contains(lead.name(), needle) || contains(lead.email(), needle)
                                || contains(lead.phone(), needle));
                    }
                }
                case "updated_after" -> {
                    Instant after = date("updated_after", value);
                    filter = filter.and(lead -> !lead.updatedAt().isBefore(after));
                }
                default -> filter = filter.and(filter(name, value));
            }
        }
        Comparator<TrackingSandboxLead> sorted = (order != null ? order : sort("createdAt:desc"))
                .thenComparing(TrackingSandboxLead::id);
        return new TrackingQuery(limit, page, filter, sorted, fields);
    }

    private static boolean contains(Optional<String> text, String needle) {
        return text.map(t -> t.toLowerCase(Locale.ROOT).contains(needle)).orElse(false);
    }

    private static Predicate<TrackingSandboxLead> filter(String param, String value) {
        Matcher matcher = PARAM.matcher(param);
        if (!matcher.matches() || !FILTERABLE.containsKey(matcher.group(1))) {
            throw new Invalid("INVALID_FILTER", "Unknown filter field: " + param);
        }
        String field = matcher.group(1);
        Kind kind = FILTERABLE.get(field);
        Op op = operator(param, matcher.group(2));
        boolean supported = switch (kind) {
            case TEXT, STATUS, SOURCE -> op == Op.EQ;
            case NUMBER -> op != Op.EXISTS;
            case DATE -> true;
            case CLICK_ID -> op == Op.EQ || op == Op.EXISTS;
        };
        if (!supported) {
            throw new Invalid("INVALID_FILTER", "Operator [" + matcher.group(2) + "] is not supported on " + field);
        }
        if (op == Op.EXISTS) {
            if (!value.equals("true") && !value.equals("false")) {
                throw new Invalid("INVALID_FILTER", param + " must be true or false, got \"" + value + "\"");
            }
            boolean exists = value.equals("true");
            return lead -> lead.get(field).isPresent() == exists;
        }
        return switch (kind) {
            case STATUS -> {
                Set<String> wanted = new LinkedHashSet<>();
                for (String status : value.split(",")) {
                    String s = status.strip().equals("win") ? "won" : status.strip();
                    if (!Arrays.asList(TrackingGenerator.STATUSES).contains(s)) {
                        throw new Invalid("INVALID_FILTER", "Invalid status: \"" + status.strip()
                                + "\"; expected open, qualified, won or lost");
                    }
                    wanted.add(s);
                }
                yield lead -> wanted.contains(lead.status());
            }
            case SOURCE -> {
                if (!Arrays.asList(TrackingGenerator.SOURCES).contains(value)) {
                    throw new Invalid("INVALID_FILTER", "Invalid source: \"" + value + "\"; expected one of "
                            + String.join(", ", TrackingGenerator.SOURCES));
                }
                yield lead -> lead.get(field).map(value::equals).orElse(false);
            }
            case TEXT, CLICK_ID -> lead -> lead.get(field).map(value::equals).orElse(false);
            case NUMBER -> {
                BigDecimal bound;
                try {
                    bound = new BigDecimal(value.strip());
                } catch (NumberFormatException notNumber) {
                    throw new Invalid("INVALID_FILTER", param + " must be a number, got \"" + value + "\"");
                }
                yield lead -> lead.get(field).map(v -> compares(((BigDecimal) v).compareTo(bound), op)).orElse(false);
            }
            case DATE -> {
                Instant bound = date(param, value);
                yield lead -> lead.get(field).map(v -> compares(((Instant) v).compareTo(bound), op)).orElse(false);
            }
        };
    }

    private static Op operator(String param, String op) {
        if (op == null) {
            return Op.EQ;
        }
        return switch (op) {
            case "gte" -> Op.GTE;
            case "gt" -> Op.GT;
            case "lte" -> Op.LTE;
            case "lt" -> Op.LT;
            case "exists" -> Op.EXISTS;
            default -> throw new Invalid("INVALID_FILTER", "Unknown operator [" + op + "] in " + param);
        };
    }

    private static boolean compares(int comparison, Op op) {
        return switch (op) {
            case EQ -> comparison == 0;
            case GTE -> comparison >= 0;
            case GT -> comparison > 0;
            case LTE -> comparison <= 0;
            case LT -> comparison < 0;
            case EXISTS -> throw new IllegalStateException("exists is not a comparison");
        };
    }

    /** ISO-8601: an instant ({@code 2026-01-01T00:00:00Z}, millis optional), with an offset, or a date (UTC midnight). */
    static Instant date(String param, String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException invalid) {
            throw new Invalid("INVALID_DATE", "Invalid date value for " + param + ": \"" + text + "\"");
        }
    }

    private static Comparator<TrackingSandboxLead> sort(String text) {
        Comparator<TrackingSandboxLead> order = null;
        for (String part : text.split(",")) {
            String[] fieldAndDirection = part.strip().split(":", -1);
            String field = fieldAndDirection[0].equals("updated_at") ? "updatedAt" : fieldAndDirection[0];
            String direction = fieldAndDirection.length > 1 ? fieldAndDirection[1] : "asc";
            if (!SORTABLE.contains(field)) {
                throw new Invalid("VALIDATION_ERROR", "Cannot sort by \"" + fieldAndDirection[0] + "\"; sortable fields are "
                        + String.join(", ", SORTABLE));
            }
            if (fieldAndDirection.length > 2 || (!direction.equals("asc") && !direction.equals("desc"))) {
                throw new Invalid("VALIDATION_ERROR", "Sort direction must be asc or desc, got \"" + part.strip() + "\"");
            }
            Comparator<Object> values = TrackingQuery::compareValues;
            Comparator<Object> directed = direction.equals("desc") ? values.reversed() : values;
            // Leads without a value come last whichever the direction.
            Comparator<TrackingSandboxLead> key = Comparator.comparing(
                    (TrackingSandboxLead lead) -> lead.get(field).orElse(null), Comparator.nullsLast(directed));
            order = order == null ? key : order.thenComparing(key);
        }
        return order;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            int folded = x.compareToIgnoreCase(y);
            return folded != 0 ? folded : x.compareTo(y);
        }
        return ((Comparable) a).compareTo(b);
    }

    private static Set<String> fields(String text) {
        Set<String> fields = new LinkedHashSet<>();
        fields.add("id");
        List<String> unknown = new ArrayList<>();
        for (String field : text.split(",")) {
            String name = field.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!TrackingSandboxLead.FIELDS.contains(name)) {
                unknown.add(name);
            }
            fields.add(name);
        }
        if (!unknown.isEmpty()) {
            throw new Invalid("VALIDATION_ERROR", "Unknown field(s) in fields: " + String.join(", ", unknown));
        }
        return fields;
    }
}
