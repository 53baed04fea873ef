package dev.leadkit.autocalls.internal;

import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.autocalls.AutocallsContact;
import dev.leadkit.core.internal.json.JsonValues;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The fields a lead and its secondary contacts share, decoded in one place: {@code id},
 * {@code phone_number}, {@code variables}, {@code status}, {@code created_at}, {@code updated_at}, and the
 * fields this SDK does not know. The variables go straight into the builder being filled, as they are read;
 * the builder copies the rest with {@code from(...)}, which is why this is an {@link AutocallsContact} whose
 * {@link #variables()} is empty: they are in the builder already. (Keeping them here for {@code from} to copy
 * cost a map more per lead: 250 bytes of a lead's 1,700 in the decode-only benchmark.)
 */
final class ContactFields implements AutocallsContact {

    private final ZoneId serverZone;
    private String id;
    private String phoneNumber;
    private final BiConsumer<String, JsonValue> variables;
    private String status = "";
    private Optional<Instant> createdAt = Optional.empty();
    private Optional<Instant> updatedAt = Optional.empty();
    private Map<String, JsonValue> unknown;

    /**
     * @param serverZone the zone of timestamps without an offset
     * @param variables  the builder's {@code putVariables}
     */
    ContactFields(ZoneId serverZone, BiConsumer<String, JsonValue> variables) {
        this.serverZone = serverZone;
        this.variables = variables;
    }

    /**
     * Reads a field of the contact; one it does not know is kept in {@link #additionalProperties()}.
     *
     * @param field  the field's name
     * @param parser a parser on the field's value
     */
    void read(String field, JsonParser parser) throws IOException {
        switch (field) {
            case "id":
                id = JsonValues.id(parser, field);
                break;
            case "phone_number":
                phoneNumber = JsonValues.requiredText(parser, field);
                break;
            case "variables":
                JsonValues.members(parser, field, variables);
                break;
            case "status":
                status = JsonValues.text(parser, field).orElse("");
                break;
            case "created_at":
                createdAt = JsonValues.instant(parser, field, serverZone);
                break;
            case "updated_at":
                updatedAt = JsonValues.instant(parser, field, serverZone);
                break;
            default:
                unknown = JsonValues.putUnknown(unknown, field, parser);
        }
    }

    @Override
    public String id() {
        return JsonValues.required(id, "id");
    }

    @Override
    public String phoneNumber() {
        return JsonValues.required(phoneNumber, "phone_number");
    }

    /** Empty: the variables went straight into the builder. */
    @Override
    public Map<String, JsonValue> variables() {
        return Map.of();
    }

    @Override
    public String statusValue() {
        return status;
    }

    @Override
    public Optional<Instant> createdAt() {
        return createdAt;
    }

    @Override
    public Optional<Instant> updatedAt() {
        return updatedAt;
    }

    @Override
    public Map<String, JsonValue> additionalProperties() {
        return JsonValues.unknownOrEmpty(unknown);
    }
}
