package dev.leadkit.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One sort key of an Octanist lead listing: a sortable field and a direction, sent as
 * {@code field:direction}; several keys are joined with commas ({@code sort=createdAt:desc,value:asc}).
 *
 * <pre>{@code
 * TrackingSort.desc(TrackingField.CREATED_AT)      // createdAt:desc (the API's default order)
 * TrackingSort.asc(TrackingField.VALUE)            // value:asc
 * TrackingSort.parse("updated_at:desc")            // the legacy form, read as updatedAt:desc
 * }</pre>
 *
 * <p>Sortable fields: {@code createdAt, updatedAt, qualifiedAt, value, name, email, status}; any other
 * field throws {@link IllegalArgumentException} naming it.
 */
public final class TrackingSort {

    /** A sort direction. */
    public enum Direction {
        /** Ascending: {@code asc}. */
        ASC("asc"),
        /** Descending: {@code desc}. */
        DESC("desc");

        private final String value;

        Direction(String value) {
            this.value = value;
        }

        /** {@return the direction as sent: {@code asc} or {@code desc}} */
        public String value() {
            return value;
        }
    }

    private final TrackingField field;
    private final Direction direction;

    private TrackingSort(TrackingField field, Direction direction) {
        this.field = field;
        this.direction = direction;
    }

    /**
     * Ascending by {@code field}.
     *
     * @param field a sortable field
     * @return the sort key
     * @throws IllegalArgumentException if the field cannot be sorted on
     */
    public static TrackingSort asc(TrackingField field) {
        return of(field, Direction.ASC);
    }

    /**
     * Descending by {@code field}.
     *
     * @param field a sortable field
     * @return the sort key
     * @throws IllegalArgumentException if the field cannot be sorted on
     */
    public static TrackingSort desc(TrackingField field) {
        return of(field, Direction.DESC);
    }

    /**
     * A sort key in a direction.
     *
     * @param field     a sortable field
     * @param direction the direction
     * @return the sort key
     * @throws IllegalArgumentException if the field cannot be sorted on
     */
    public static TrackingSort of(TrackingField field, Direction direction) {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(direction, "direction must not be null");
        if (!field.sortable()) {
            throw new IllegalArgumentException("sort on " + field.wireName() + " is not supported; sortable fields are "
                    + TrackingField.sortableNames());
        }
        return new TrackingSort(field, direction);
    }

    /**
     * One sort key from its wire form, {@code field:direction} (direction {@code asc} or {@code desc}, any
     * case). The legacy {@code updated_at:desc} reads as {@code updatedAt:desc}.
     *
     * @param text e.g. {@code createdAt:desc}
     * @return the sort key
     * @throws IllegalArgumentException if the text is not {@code field:direction} of a sortable field
     */
    public static TrackingSort parse(String text) {
        Objects.requireNonNull(text, "sort must not be null");
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("sort " + text + " should read field:direction, e.g. createdAt:desc");
        }
        TrackingField field = TrackingField.fromWireName(text.substring(0, colon).strip());
        String direction = text.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        switch (direction) {
            case "asc":
                return asc(field);
            case "desc":
                return desc(field);
            default:
                throw new IllegalArgumentException("sort direction of " + field.wireName() + " must be asc or desc, got "
                        + text.substring(colon + 1));
        }
    }

    /**
     * Several sort keys from their wire form, comma-separated: {@code createdAt:desc,value:asc}.
     *
     * @param text the {@code sort} parameter's value
     * @return the keys in order
     * @throws IllegalArgumentException if a key does not parse
     */
    public static List<TrackingSort> parseAll(String text) {
        Objects.requireNonNull(text, "sort must not be null");
        List<TrackingSort> keys = new ArrayList<>();
        for (String key : text.split(",", -1)) {
            keys.add(parse(key));
        }
        return List.copyOf(keys);
    }

    /** {@return the field sorted on} */
    public TrackingField field() {
        return field;
    }

    /** {@return the direction} */
    public Direction direction() {
        return direction;
    }

    /** {@return the key as sent: {@code createdAt:desc}} */
    @Override
    public String toString() {
        return field.wireName() + ":" + direction.value();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TrackingSort)) {
            return false;
        }
        TrackingSort other = (TrackingSort) o;
        return field == other.field && direction == other.direction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, direction);
    }
}
