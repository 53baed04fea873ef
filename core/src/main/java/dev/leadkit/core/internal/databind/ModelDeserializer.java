package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

/**
 * Reads what {@link ModelSerializer} wrote back into the model, through the model's own builder, so every
 * check the model makes at {@code build()} holds for what is read. Members it does not know (the lead's
 * {@code platform}, fields of a later leadkit version) are skipped; a missing required attribute fails. As
 * Jackson's own bean deserializers do, it also reads an object whose start Jackson has read already: with
 * default typing whose type id is a property ({@code As.PROPERTY}), Jackson reads the id and hands over the
 * object on its next member, or on its end.
 */
public final class ModelDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final transient ModelSchema schema;

    /** Made by Jackson, from the annotation; made specific to the model type in {@link #createContextual}. */
    public ModelDeserializer() {
        super(Object.class);
        this.schema = null;
    }

    private ModelDeserializer(ModelSchema schema) {
        super(schema.model());
        this.schema = schema;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        JavaType type = context.getContextualType() != null ? context.getContextualType()
                : property != null ? property.getType() : null;
        if (type == null) {
            return this;
        }
        return new ModelDeserializer(ModelSchema.of(type.getRawClass()));
    }

    /** With the caller's type ids (a mapper with default typing): the type named, read by its own deserializer. */
    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types)
            throws IOException {
        return types.deserializeTypedFromObject(parser, context);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (schema == null) {
            return context.reportBadDefinition(Object.class, "a leadkit model is read with its own type, e.g. AutocallsLead.class");
        }
        String first;
        switch (parser.currentToken()) {
            case START_OBJECT:
                first = parser.nextFieldName();
                break;
            case FIELD_NAME: // the object's start was read already: a type id sent as a property came first
                first = parser.currentName();
                break;
            case END_OBJECT: // the same, and the type id was the object's only member
                first = null;
                break;
            default:
                return context.handleUnexpectedToken(handledType(), parser);
        }
        try {
            Object builder = schema.newBuilder();
            for (String name = first; name != null; name = parser.nextFieldName()) {
                parser.nextToken();
                ModelSchema.Attribute attribute = schema.attribute(name);
                if (attribute == null) {
                    parser.skipChildren();
                    continue;
                }
                Object value = attribute.codec.read(parser, context);
                if (value != null) {
                    attribute.setter.invoke(builder, value);
                }
            }
            return schema.build(builder);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return context.handleInstantiationProblem(handledType(), null, cause == null ? e : cause);
        } catch (ReflectiveOperationException e) {
            return context.reportBadDefinition(handledType(), "cannot build " + handledType().getName() + ": " + e);
        }
    }
}
