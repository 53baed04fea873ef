package dev.leadkit.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.databind.JsonValueDeserializer;
import dev.leadkit.core.internal.databind.JsonValueSerializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueDeserializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueSerializer;
import dev.leadkit.core.internal.json.JsonEquality;
import dev.leadkit.core.internal.json.JsonText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON object: members by name, in the order they were sent, unmodifiable. Equal to an object with the
 * same members in any order, as {@link Map#equals} has it.
 *
 * <pre>{@code
 * JsonObject company = new JsonObject(Map.of("name", JsonValue.of("Acme Inc")));
 * company.get("name").flatMap(JsonValue::asString);    // Optional[Acme Inc]
 * }</pre>
 *
 * @param members the members in their order; unmodifiable
 */
@JsonSerialize(using = JsonValueSerializer.class)
@JsonDeserialize(using = JsonValueDeserializer.class)
@tools.jackson.databind.annotation.JsonSerialize(using = Jackson3JsonValueSerializer.class)
@tools.jackson.databind.annotation.JsonDeserialize(using = Jackson3JsonValueDeserializer.class)
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    private static final JsonObject EMPTY = new JsonObject(Map.of());

    /**
     * An object of {@code members}, in the map's order.
     *
     * @param members names and values, copied in the map's iteration order; neither may be null
     * @throws NullPointerException if the map, a name or a value is null
     */
    public JsonObject {
        Map<String, JsonValue> copy = new LinkedHashMap<>(members.size() * 4 / 3 + 1);
        members.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "member name"),
                Objects.requireNonNull(value, () -> "value of member " + name)));
        members = Collections.unmodifiableMap(copy);
    }

    /** {@return the empty object, {@code {}}} */
    public static JsonObject empty() {
        return EMPTY;
    }

    @Override
    public Optional<Map<String, JsonValue>> asObject() {
        return Optional.of(members);
    }

    @Override
    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    @Override
    public String toJson() {
        return JsonText.write(this);
    }

    /**
     * Whether {@code other} is an object with the same content at every level, its members in any order. Compared by a loop,
     * not recursion: a value nested any depth compares on any thread's stack.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof JsonObject that && JsonEquality.equal(this, that);
    }

    /** {@return a hash code consistent with {@link #equals}, computed by a loop as {@code equals} is} */
    @Override
    public int hashCode() {
        return JsonEquality.hash(this);
    }

    /** {@return the JSON text, as {@link #toJson()}} */
    @Override
    public String toString() {
        return toJson();
    }
}
