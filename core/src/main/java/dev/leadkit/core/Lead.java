package dev.leadkit.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The common view of a lead, whatever platform it came from.
 *
 * <p>Every dialect's lead type implements it, so leads of different vendors can be merged into one
 * {@code Stream<Lead>} and told apart by {@link #platform()}:
 *
 * <pre>{@code
 * Stream<Lead> all = Stream.concat(
 *         autocalls.leads().list().stream(),
 *         tracking.leads().list().stream());
 * all.forEach(lead -> System.out.println(lead.platform() + " " + lead.id() + " " + lead.name().orElse("?")));
 * }</pre>
 *
 * <p>Nothing here is ever {@code null}: absent values are empty {@link Optional}s or empty lists.
 */
public interface Lead {

    /** {@return the platform the lead came from, e.g. {@code AutocallsLead.PLATFORM}} */
    Platform platform();

    /** {@return the vendor's id of the lead, as a string whatever its type on the wire} */
    String id();

    /** {@return the contact's name, when the vendor gives one} */
    Optional<String> name();

    /** {@return phone numbers, primary first, as the vendor sends them (normally E.164); empty when there are none} */
    List<String> phones();

    /** {@return email addresses, primary first; empty when there are none} */
    List<String> emails();

    /**
     * {@return the vendor's own status string, exactly as received (for instance {@code "completed"},
     * {@code "QUALIFIED"}, {@code "won"}); empty when the vendor sent none} Each dialect's lead also offers
     * the status as a typed enum through {@code status()}.
     */
    String statusValue();

    /** {@return when the lead was created, when the vendor says} */
    Optional<Instant> createdAt();

    /** {@return when the lead was last updated, when the vendor says} */
    Optional<Instant> updatedAt();
}
