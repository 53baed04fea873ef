package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.leadkit.core.Lead;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

/**
 * Writes a leadkit model (a lead, a campaign, a contact) with Jackson as vendor-neutral JSON: a lead's
 * {@code platform} id first, then every attribute under its accessor's name, in declaration order, in the
 * forms {@link ValueCodec} gives them (absent optionals left out). Named by the annotations on the model
 * types, so a plain {@code ObjectMapper} writes them the same whatever modules it has.
 */
public final class ModelSerializer extends StdSerializer<Object> {

    private static final long serialVersionUID = 1L;

    /** Made by Jackson, from the annotation. */
    public ModelSerializer() {
        super(Object.class);
    }

    @Override
    public void serialize(Object model, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeStartObject(model);
        writeFields(model, out, provider);
        out.writeEndObject();
    }

    /** With the caller's type ids (a mapper with default typing): the model type's, not Immutables' class. */
    @Override
    public void serializeWithType(Object model, JsonGenerator out, SerializerProvider provider, TypeSerializer types)
            throws IOException {
        WritableTypeId typeId = types.writeTypePrefix(out,
                types.typeId(model, ModelSchema.of(model.getClass()).model(), JsonToken.START_OBJECT));
        writeFields(model, out, provider);
        types.writeTypeSuffix(out, typeId);
    }

    private static void writeFields(Object model, JsonGenerator out, SerializerProvider provider) throws IOException {
        ModelSchema schema = ModelSchema.of(model.getClass());
        if (model instanceof Lead) {
            out.writeStringField("platform", ((Lead) model).platform().id());
        }
        for (ModelSchema.Attribute attribute : schema.attributes()) {
            Object value = valueOf(attribute, model, provider);
            if (!attribute.codec.isAbsent(value)) {
                out.writeFieldName(attribute.name);
                attribute.codec.write(value, out, provider);
            }
        }
    }

    private static Object valueOf(ModelSchema.Attribute attribute, Object model, SerializerProvider provider)
            throws JsonMappingException {
        try {
            return attribute.accessor.invoke(model);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw JsonMappingException.from(provider, "could not read " + attribute.name + " of " + model.getClass(), e);
        }
    }
}
