package dev.leadkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every leadkit value type: the generated {@code Immutable*} class stays
 * package-private behind the public abstract type, builders are reached through the type's own
 * {@code builder()}, and nothing pulls in Guava.
 *
 * <p>{@code allowedClasspathAnnotations} names only {@code Override}, which Immutables always writes anyway:
 * that turns off the annotations it would add because it finds them on leadkit's build classpath, among
 * them {@code @org.immutables.value.Generated}. That one has class retention, so it would stay in the class
 * files, and javac warns wherever a consumer, who does not have it, uses a builder: a build with
 * {@code -Xlint:all -Werror} fails. The examples module compiles that way, so it stays so.
 *
 * <p>{@code jacksonIntegration} is off: Immutables would otherwise generate, beside each type that carries a
 * Jackson annotation, a nested {@code Json} class with a {@code @JsonCreator} of its own and setters that skip
 * the builder's checks, which a type id sent to a mapper with default typing could name. A model type's JSON
 * form is its own {@code @JsonValue} and {@code @JsonCreator} methods, nothing generated.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allowedClasspathAnnotations = Override.class,
        jacksonIntegration = false,
        defaults = @Value.Immutable(copy = false))
public @interface LeadkitStyle {
}
