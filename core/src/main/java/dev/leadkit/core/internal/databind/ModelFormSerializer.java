package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.leadkit.core.json.JsonObject;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a leadkit model (a lead, a campaign, a contact) with Jackson 2 as the {@link JsonObject} its
 * {@code @JsonValue} method returns: leadkit's own JSON form, the same that Jackson 3 writes from that annotation
 * alone. Named by the model types' Jackson 2 annotation for one reason: with the caller's type ids (a mapper with
 * default typing) the id it writes is the public model type ({@code dev.leadkit.autocalls.AutocallsLead}), whose
 * {@code @JsonCreator} reads it back, never the package-private class Immutables generates.
 */
public final class ModelFormSerializer extends StdSerializer<Object> {

    private static final long serialVersionUID = 1L;

    private static final Map<Class<?>, AnnotatedMember> ACCESSORS = new ConcurrentHashMap<>();

    /** Made by Jackson, from the annotation. */
    public ModelFormSerializer() {
        super(Object.class);
    }

    @Override
    public void serialize(Object model, JsonGenerator out, SerializerProvider provider) throws IOException {
        JsonValueSerializer.write(form(model, provider), out);
    }

    @Override
    public void serializeWithType(Object model, JsonGenerator out, SerializerProvider provider, TypeSerializer types)
            throws IOException {
        JsonObject form = form(model, provider);
        WritableTypeId typeId = types.writeTypePrefix(out, types.typeId(model, modelType(model.getClass()), JsonToken.START_OBJECT));
        JsonValueSerializer.writeMembers(form, out);
        types.writeTypeSuffix(out, typeId);
    }

    /**
     * The model's form, from the method Jackson knows as its {@code @JsonValue}; found once per class, since
     * introspecting a class costs far more than writing a lead.
     */
    private static JsonObject form(Object model, SerializerProvider provider) throws JsonMappingException {
        AnnotatedMember accessor = ACCESSORS.computeIfAbsent(model.getClass(),
                type -> provider.getConfig().introspect(provider.constructType(type)).findJsonValueAccessor());
        Object form = accessor == null ? null : accessor.getValue(model);
        if (!(form instanceof JsonObject)) {
            throw JsonMappingException.from(provider, model.getClass().getName() + " has no @JsonValue method giving its JSON object");
        }
        return (JsonObject) form;
    }

    /** The public model type that Immutables' package-private class extends. */
    private static Class<?> modelType(Class<?> type) {
        for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
            if (Modifier.isPublic(candidate.getModifiers())) {
                return candidate;
            }
        }
        return type;
    }
}
