package dev.leadkit.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The platform a lead came from: what tells the leads of a merged {@code Stream<Lead>} apart without
 * {@code instanceof}. Each dialect has one, e.g. {@code AutocallsLead.PLATFORM}.
 *
 * <pre>{@code
 * Map<Platform, Long> perPlatform = merged.collect(Collectors.groupingBy(Lead::platform, Collectors.counting()));
 * if (lead.platform().equals(TrackingLead.PLATFORM)) { ... }
 * switch (lead.platform().id()) { case "autocalls" -> ...; case "orgleads" -> ...; default -> ...; }
 * }</pre>
 *
 * @param id   the dialect's stable id, lower case, as in its module and artifact name: {@code autocalls},
 *             {@code orgleads}, {@code tracking}
 * @param name the vendor's name for people: {@code Autocalls}, {@code Nexus ERP}, {@code Octanist}
 */
public record Platform(String id, String name) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * A platform, its id and name checked.
     *
     * @param id   lower-case letters, digits and {@code -}, starting with a letter
     * @param name not blank
     * @throws IllegalArgumentException if either is malformed
     */
    public Platform {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lower-case letters, digits and '-', starting with a letter, got: " + id);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    /** {@return the {@link #name()}, for people} */
    @Override
    public String toString() {
        return name;
    }
}
