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
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = false))
public @interface LeadkitStyle {
}
