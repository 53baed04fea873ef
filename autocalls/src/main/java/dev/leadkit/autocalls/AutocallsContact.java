package dev.leadkit.autocalls;

import dev.leadkit.core.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a lead and its secondary contacts have in common: a phone number, variables, a status and
 * timestamps.
 */
public interface AutocallsContact {

    /** {@return the id, as a string whatever its type on the wire} */
    String id();

    /** {@return the phone number in E.164 format} */
    String phoneNumber();

    /**
     * {@return the variables the lead was uploaded with ({@code customer_name}, {@code email}, anything your
     * campaign uses), in the vendor's order, unmodifiable} An empty map when there are none (PHP sends those
     * as {@code []}).
     */
    Map<String, JsonValue> variables();

    /**
     * One variable as text: strings as they are, numbers and booleans in their JSON form, objects and
     * arrays as JSON.
     *
     * @param name the variable's name, e.g. {@code "customer_name"}
     * @return its text, or empty when the variable is absent or {@code null}
     */
    default Optional<String> variable(String name) {
        JsonValue value = variables().get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.asString().orElseGet(value::toJson));
    }

    /** {@return the status string exactly as the API sent it} */
    String statusValue();

    /** {@return the status as an enum; {@link AutocallsLeadStatus#UNKNOWN} for a status this SDK does not know} */
    default AutocallsLeadStatus status() {
        return AutocallsLeadStatus.fromValue(statusValue());
    }

    /** {@return when it was created} */
    Optional<Instant> createdAt();

    /** {@return when it was last updated} */
    Optional<Instant> updatedAt();

    /** {@return fields the API sent that this SDK version does not know, by name, in the order sent; unmodifiable} */
    Map<String, JsonValue> additionalProperties();
}
