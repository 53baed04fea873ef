/**
 * leadkit's client of the Autocalls platform (Autocalls, Aiployees, Sondos AI) lead listing: {@link dev.leadkit.autocalls}. Its {@code internal} package (the
 * vendor's wire format) is not exported.
 */
module dev.leadkit.autocalls {
    requires transitive dev.leadkit.core;
    // Immutables' annotations are needed only to compile.
    requires static org.immutables.value.annotations;

    exports dev.leadkit.autocalls;
}
