package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.core.Lead;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.tracking.TrackingClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Jackson type in leadkit's public API: over every public type of the core, autocalls, orgleads,
 * tracking and testkit jars outside packages named {@code internal}, no public or protected constructor,
 * method or field mentions a Jackson 2 ({@code com.fasterxml}) or Jackson 3 ({@code tools.jackson}) type in its
 * parameters, return, exceptions, field type, type parameters' bounds or generic arguments (at any depth), and no
 * such type is a supertype of a public type. Annotations are not signatures: the models' {@code @JsonValue},
 * {@code @JsonCreator} and {@code @JsonSerialize} are allowed.
 */
class PublicApiHasNoJacksonTypeTest {

    private static final List<String> JACKSON = List.of("com.fasterxml.", "tools.jackson.");

    /** A class known to be in each module, to find the module's classes from. */
    private static final Map<String, Class<?>> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("core", Lead.class);
        MODULES.put("autocalls", AutocallsClient.class);
        MODULES.put("orgleads", OrgLeadsClient.class);
        MODULES.put("tracking", TrackingClient.class);
        MODULES.put("testkit", Sandbox.class);
    }

    @Test
    void noPublicSignatureMentionsAJacksonType() {
        Set<String> violations = new TreeSet<>();
        for (Map.Entry<String, Class<?>> module : MODULES.entrySet()) {
            for (Class<?> type : publicTypes(module.getValue())) {
                check(type, violations);
            }
        }

        assertThat(violations).as("public signatures mentioning a Jackson type:%n  %s", String.join("\n  ", violations))
                .isEmpty();
    }

    @Test
    void everyModulesPublicTypesAreFoundAndInternalOnesLeftOut() {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        MODULES.forEach((name, anchor) -> found.put(name, names(publicTypes(anchor))));

        assertThat(found.get("core")).contains("dev.leadkit.core.Lead", "dev.leadkit.core.PagedIterable",
                "dev.leadkit.core.ClientBuilder", "dev.leadkit.core.ApiException", "dev.leadkit.core.json.JsonValue",
                "dev.leadkit.core.json.JsonObject", "dev.leadkit.core.json.JsonNull")
                .noneMatch(name -> name.contains(".internal."));
        assertThat(found.get("autocalls")).contains("dev.leadkit.autocalls.AutocallsLead",
                "dev.leadkit.autocalls.AutocallsLead$Builder", "dev.leadkit.autocalls.AutocallsCampaign",
                "dev.leadkit.autocalls.AutocallsSecondaryContact", "dev.leadkit.autocalls.AutocallsLeadStatus")
                .doesNotContain("dev.leadkit.autocalls.ImmutableAutocallsLead")
                .noneMatch(name -> name.contains(".internal."));
        assertThat(found.get("orgleads")).contains("dev.leadkit.orgleads.OrgLead", "dev.leadkit.orgleads.OrgLead$Builder",
                "dev.leadkit.orgleads.OrgLeadsClient");
        assertThat(found.get("tracking")).contains("dev.leadkit.tracking.TrackingLead",
                "dev.leadkit.tracking.TrackingLead$Builder", "dev.leadkit.tracking.TrackingClient");
        assertThat(found.get("testkit")).contains("dev.leadkit.testkit.AutocallsSandbox",
                "dev.leadkit.testkit.AutocallsSandbox$Builder", "dev.leadkit.testkit.Fault", "dev.leadkit.testkit.SandboxBuilder")
                .doesNotContain("dev.leadkit.testkit.JsonBodies", "dev.leadkit.testkit.LaravelPaginator");
    }

    @Test
    void theCheckSeesJacksonTypesAtEveryDepthOfASignature() {
        Set<String> violations = new TreeSet<>();

        check(Samples.class, violations);

        assertThat(violations).anyMatch(v -> v.contains("returnsNode"))
                .anyMatch(v -> v.contains("takesNode"))
                .anyMatch(v -> v.contains("throwsJackson"))
                .anyMatch(v -> v.contains("deepArgument"))
                .anyMatch(v -> v.contains("boundedBy"))
                .anyMatch(v -> v.contains("arrayOfNodes"))
                .anyMatch(v -> v.contains("field"))
                .anyMatch(v -> v.contains("Samples(") && v.contains("constructor"))
                .anyMatch(v -> v.contains("protectedOne"))
                .anyMatch(v -> v.contains("implements"))
                .anyMatch(v -> v.contains("returnsJackson3Node") && v.contains("tools.jackson.databind.JsonNode"))
                .anyMatch(v -> v.contains("takesJackson3Parser"))
                .noneMatch(v -> v.contains("privateOne"))
                .noneMatch(v -> v.contains("annotated"));
    }

    /** What the check must catch, and what it must not: a Jackson type in each place a signature has one. */
    @SuppressWarnings("unused")
    public abstract static class Samples<T extends Comparable<T>> implements Comparable<com.fasterxml.jackson.databind.JsonNode> {
        public com.fasterxml.jackson.databind.node.ObjectNode field;

        public Samples(com.fasterxml.jackson.core.JsonParser parser) {
        }

        public abstract com.fasterxml.jackson.databind.JsonNode returnsNode();

        public abstract void takesNode(String name, com.fasterxml.jackson.databind.JsonNode node);

        public abstract void throwsJackson() throws com.fasterxml.jackson.core.JsonProcessingException;

        public abstract List<Map<String, ? extends List<com.fasterxml.jackson.databind.JsonNode>>> deepArgument();

        public abstract <N extends com.fasterxml.jackson.databind.JsonNode> void boundedBy(N node);

        public abstract com.fasterxml.jackson.databind.JsonNode[] arrayOfNodes();

        public abstract tools.jackson.databind.JsonNode returnsJackson3Node();

        public abstract void takesJackson3Parser(Optional<tools.jackson.core.JsonParser> parser);

        protected abstract Set<? super com.fasterxml.jackson.databind.JsonNode> protectedOne();

        private com.fasterxml.jackson.databind.JsonNode privateOne() {
            return null;
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public abstract String annotated();
    }

    // ---- finding the public types of a module

    private static Set<String> names(List<Class<?>> types) {
        Set<String> names = new TreeSet<>();
        types.forEach(type -> names.add(type.getName()));
        return names;
    }

    /** The public types outside {@code internal} packages of the jar (or classes directory) holding {@code anchor}. */
    static List<Class<?>> publicTypes(Class<?> anchor) {
        List<Class<?>> types = new ArrayList<>();
        for (String name : classNames(anchor)) {
            if (name.endsWith("module-info") || name.endsWith("package-info")) {
                continue;
            }
            String pkg = name.substring(0, name.lastIndexOf('.'));
            if (Arrays.asList(pkg.split("\\.")).contains("internal")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, anchor.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name, e);
            }
            if (isApi(type)) {
                types.add(type);
            }
        }
        assertThat(types).as("public types next to %s", anchor).isNotEmpty().contains(anchor);
        return types;
    }

    /** Public, or protected inside a public type, all the way out; never local, anonymous or synthetic. */
    private static boolean isApi(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        for (Class<?> level = type; level != null; level = level.getDeclaringClass()) {
            int modifiers = level.getModifiers();
            boolean nested = level.getDeclaringClass() != null;
            if (!Modifier.isPublic(modifiers) && !(nested && Modifier.isProtected(modifiers))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> classNames(Class<?> anchor) {
        Path location;
        try {
            location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                        String relative = location.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                        names.add(className(relative));
                    });
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                            names.add(className(entry.getName()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    // ---- checking one type

    private static void check(Class<?> type, Set<String> violations) {
        String owner = type.getName();
        for (TypeVariable<?> parameter : type.getTypeParameters()) {
            report(violations, owner + " type parameter " + parameter.getName(), parameter.getBounds());
        }
        for (Type supertype : supertypes(type)) {
            report(violations, owner + " extends or implements " + supertype.getTypeName(), supertype);
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor)) {
                executable(violations, owner + "(" + params(constructor) + ") constructor", constructor);
            }
        }
        for (Method method : methods(type)) {
            executable(violations, owner + "#" + method.getName() + "(" + params(method) + ") from "
                    + method.getDeclaringClass().getName(), method);
            report(violations, owner + "#" + method.getName() + " returns", method.getGenericReturnType());
        }
        for (Field field : fields(type)) {
            report(violations, owner + "." + field.getName() + " field", field.getGenericType());
        }
    }

    private static void executable(Set<String> violations, String what, Executable executable) {
        for (TypeVariable<?> parameter : executable.getTypeParameters()) {
            report(violations, what + " type parameter " + parameter.getName(), parameter.getBounds());
        }
        report(violations, what + " parameters", executable.getGenericParameterTypes());
        report(violations, what + " throws", executable.getGenericExceptionTypes());
    }

    private static String params(Executable executable) {
        return String.join(", ", Arrays.stream(executable.getGenericParameterTypes()).map(Type::getTypeName).toList());
    }

    private static boolean visible(Member member) {
        return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
    }

    /** Every superclass and interface, transitively, in their generic form. */
    private static Set<Type> supertypes(Class<?> type) {
        Set<Type> all = new LinkedHashSet<>();
        List<Class<?>> todo = new ArrayList<>(List.of(type));
        Set<Class<?>> done = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> next = todo.remove(0);
            if (!done.add(next)) {
                continue;
            }
            if (next.getGenericSuperclass() != null) {
                all.add(next.getGenericSuperclass());
                todo.add(next.getSuperclass());
            }
            all.addAll(List.of(next.getGenericInterfaces()));
            todo.addAll(List.of(next.getInterfaces()));
        }
        return all;
    }

    /** The public methods (declared or inherited) and the protected ones of the type and its superclasses. */
    private static Set<Method> methods(Class<?> type) {
        Set<Method> methods = new LinkedHashSet<>(List.of(type.getMethods()));
        for (Class<?> level = type; level != null; level = level.getSuperclass()) {
            for (Method method : level.getDeclaredMethods()) {
                if (Modifier.isProtected(method.getModifiers())) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    private static Set<Field> fields(Class<?> type) {
        Set<Field> fields = new LinkedHashSet<>(List.of(type.getFields()));
        for (Class<?> level = type; level != null; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (Modifier.isProtected(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static void report(Set<String> violations, String what, Type... types) {
        for (Type type : types) {
            Set<String> jackson = new TreeSet<>();
            collect(type, jackson, Collections.newSetFromMap(new IdentityHashMap<>()));
            if (!jackson.isEmpty()) {
                violations.add(what + ": " + String.join(", ", jackson));
            }
        }
    }

    /** The Jackson classes {@code type} mentions: itself, its owner, its generic arguments, bounds and components, at any depth. */
    private static void collect(Type type, Set<String> jackson, Set<Object> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> raw) {
            if (raw.isArray()) {
                collect(raw.getComponentType(), jackson, seen);
            } else if (JACKSON.stream().anyMatch(raw.getName()::startsWith)) {
                jackson.add(raw.getName());
            }
        } else if (type instanceof ParameterizedType generic) {
            collect(generic.getRawType(), jackson, seen);
            collect(generic.getOwnerType(), jackson, seen);
            for (Type argument : generic.getActualTypeArguments()) {
                collect(argument, jackson, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, jackson, seen);
            }
            for (Type bound : wildcard.getLowerBounds()) {
                collect(bound, jackson, seen);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                collect(bound, jackson, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), jackson, seen);
        }
    }
}
