package dev.leadkit.core.internal.databind;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes of one model type (a lead, a campaign, a contact): its abstract accessors, as Immutables
 * sees them, each with its JSON form and its builder's setter, in the order the model declares them (read
 * from the fields of the class Immutables generates, which follow that order). Derived values, the model's
 * concrete methods, are not attributes.
 */
final class ModelSchema {

    private static final ClassValue<ModelSchema> SCHEMAS = new ClassValue<>() {
        @Override
        protected ModelSchema computeValue(Class<?> model) {
            return new ModelSchema(model);
        }
    };

    /** One attribute: its name, how to read it off a model, how its value writes and reads, its setter. */
    static final class Attribute {
        final String name;
        final Method accessor;
        final ValueCodec codec;
        final Method setter;

        Attribute(Method accessor, Class<?> builderType) {
            this.name = accessor.getName();
            this.accessor = accessor;
            this.codec = ValueCodec.of(accessor.getGenericReturnType());
            this.setter = setter(builderType, accessor);
        }

        /** The builder's setter that takes the attribute's own type: {@code name(Optional)}, {@code name(Iterable)}, ... */
        private static Method setter(Class<?> builderType, Method accessor) {
            Class<?> type = wrap(accessor.getReturnType());
            for (Method method : builderType.getMethods()) {
                if (method.getName().equals(accessor.getName()) && method.getParameterCount() == 1
                        && wrap(method.getParameterTypes()[0]).isAssignableFrom(type)) {
                    return method;
                }
            }
            throw new IllegalArgumentException(builderType.getName() + " has no setter " + accessor.getName() + "(" + type.getName() + ")");
        }

        private static Class<?> wrap(Class<?> type) {
            if (!type.isPrimitive()) {
                return type;
            }
            return type == int.class ? Integer.class : type == long.class ? Long.class : type == boolean.class ? Boolean.class : type;
        }
    }

    private final Class<?> model;
    private final Map<String, Attribute> attributes = new LinkedHashMap<>();
    private final Method builder;
    private final Method build;

    private ModelSchema(Class<?> model) {
        this.model = model;
        List<Method> accessors = new ArrayList<>();
        for (Method method : model.getMethods()) {
            if (method.getParameterCount() == 0 && Modifier.isAbstract(method.getModifiers())
                    && !Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class
                    && accessors.stream().noneMatch(known -> known.getName().equals(method.getName()))) {
                accessors.add(method);
            }
        }
        List<String> declared = declarationOrder(model);
        accessors.sort(Comparator.comparingInt((Method accessor) -> {
            int index = declared.indexOf(accessor.getName());
            return index < 0 ? Integer.MAX_VALUE : index;
        }).thenComparing(Method::getName));
        try {
            this.builder = model.getMethod("builder");
            this.build = builder.getReturnType().getMethod("build");
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(model + " has no static builder() whose builder has build()", e);
        }
        accessors.forEach(accessor -> attributes.put(accessor.getName(), new Attribute(accessor, builder.getReturnType())));
    }

    /** The schema of a model type, or of the model type that {@code type} implements. */
    static ModelSchema of(Class<?> type) {
        return SCHEMAS.get(modelOf(type));
    }

    /** The public abstract model type: {@code type} itself, or the one Immutables' class extends. */
    private static Class<?> modelOf(Class<?> type) {
        for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
            if (Modifier.isAbstract(candidate.getModifiers()) && Modifier.isPublic(candidate.getModifiers())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(type + " is not a leadkit model type");
    }

    /** The attribute names in declaration order: the fields of the generated {@code Immutable<Model>} class. */
    private static List<String> declarationOrder(Class<?> model) {
        List<String> names = new ArrayList<>();
        try {
            Class<?> generated = Class.forName(model.getPackageName() + ".Immutable" + model.getSimpleName(), false,
                    model.getClassLoader());
            for (Field field : generated.getDeclaredFields()) {
                names.add(field.getName());
            }
        } catch (ClassNotFoundException notGenerated) {
            // no generated class to read the order from: the attributes sort by name
        }
        return names;
    }

    Class<?> model() {
        return model;
    }

    Iterable<Attribute> attributes() {
        return attributes.values();
    }

    Attribute attribute(String name) {
        return attributes.get(name);
    }

    /** A new builder of the model. */
    Object newBuilder() throws ReflectiveOperationException {
        return builder.invoke(null);
    }

    /** Builds the model from {@code builder}, with the model's own checks. */
    Object build(Object builder) throws ReflectiveOperationException {
        return build.invoke(builder);
    }
}
