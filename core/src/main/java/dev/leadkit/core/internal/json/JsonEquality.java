package dev.leadkit.core.internal.json;

import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * {@code equals} and {@code hashCode} of {@link JsonObject} and {@link JsonArray}, by loops over a work list
 * instead of recursion, so a value nested any depth compares and hashes on any thread's stack. (A record's own
 * methods recurse through its members' several frames a level: a value 990 deep overflowed a 1 MiB stack.)
 * The scalars' own record methods are not recursive and are used as they are.
 */
public final class JsonEquality {

    private JsonEquality() {
    }

    /**
     * Whether two values have the same shape and content at every level: an object's members in any order,
     * an array's elements in order, scalars by their records' {@code equals}.
     *
     * @param a a value
     * @param b another value
     * @return whether they are equal
     */
    public static boolean equal(JsonValue a, JsonValue b) {
        Deque<JsonValue> left = new ArrayDeque<>();
        Deque<JsonValue> right = new ArrayDeque<>();
        left.push(a);
        right.push(b);
        while (!left.isEmpty()) {
            JsonValue x = left.pop();
            JsonValue y = right.pop();
            if (x == y) {
                continue;
            }
            if (x instanceof JsonObject object) {
                if (!(y instanceof JsonObject other) || object.members().size() != other.members().size()) {
                    return false;
                }
                for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                    JsonValue otherValue = other.members().get(member.getKey());
                    if (otherValue == null) {
                        return false;
                    }
                    left.push(member.getValue());
                    right.push(otherValue);
                }
            } else if (x instanceof JsonArray array) {
                if (!(y instanceof JsonArray other) || array.elements().size() != other.elements().size()) {
                    return false;
                }
                List<JsonValue> elements = array.elements();
                for (int i = 0; i < elements.size(); i++) {
                    left.push(elements.get(i));
                    right.push(other.elements().get(i));
                }
            } else if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash code consistent with {@link #equal}: the sum, over every value nested in {@code value}, of a mix
     * of its own content and of where it sits (the member names and element indexes leading to it). A sum
     * does not depend on the order it is taken in, and a place named by member names does not depend on the
     * members' order, so equal values hash alike.
     *
     * @param value the value
     * @return its hash code
     */
    public static int hash(JsonValue value) {
        Deque<JsonValue> values = new ArrayDeque<>();
        Deque<Integer> places = new ArrayDeque<>();
        values.push(value);
        places.push(1);
        int sum = 0;
        while (!values.isEmpty()) {
            JsonValue v = values.pop();
            int place = places.pop();
            int own;
            if (v instanceof JsonObject object) {
                own = 0x6f626a ^ object.members().size();
                for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                    values.push(member.getValue());
                    places.push(mix(place * 31 + member.getKey().hashCode()));
                }
            } else if (v instanceof JsonArray array) {
                own = 0x617272 ^ array.elements().size();
                List<JsonValue> elements = array.elements();
                for (int i = 0; i < elements.size(); i++) {
                    values.push(elements.get(i));
                    places.push(mix(place * 37 + i + 1));
                }
            } else {
                own = v.hashCode();
            }
            sum += mix(place ^ mix(own));
        }
        return sum;
    }

    /** Spreads the bits of {@code x} (the finalizer of MurmurHash3). */
    private static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x85ebca6b;
        x ^= x >>> 13;
        x *= 0xc2b2ae35;
        return x ^ (x >>> 16);
    }
}
