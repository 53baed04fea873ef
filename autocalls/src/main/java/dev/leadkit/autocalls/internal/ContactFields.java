package dev.leadkit.autocalls.internal;

import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.autocalls.AutocallsContact;
import dev.leadkit.core.internal.json.JsonValues;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a lead and its secondary contacts share, decoded in one place: {@code id},
 * {@code phone_number}, {@code variables}, {@code status}, {@code created_at}, {@code updated_at}, and the
 * fields this SDK does not know. The lead's and the contact's builders copy them with {@code from(...)}.
 */
final class ContactFields implements AutocallsContact {

    private final ZoneId serverZone;
    private String id;
    private String phoneNumber;
    private final Map<String, JsonValue> variables = new LinkedHashMap<>();
    private String status = "";
    private Optional<Instant> createdAt = Optional.empty();
    private Optional<Instant> updatedAt = Optional.empty();
    private Map<String, JsonValue> unknown;

    ContactFields(ZoneId serverZone) {
        this.serverZone = serverZone;
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
                variables.clear();
                JsonValues.members(parser, field, variables::put);
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

    @Override
    public Map<String, JsonValue> variables() {
        return variables;
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
