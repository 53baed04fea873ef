/**
 * leadkit's client of the Octanist lead tracking lead listing: {@link dev.leadkit.tracking}. Its {@code internal} package (the
 * vendor's wire format) is not exported.
 */
module dev.leadkit.tracking {
    requires transitive dev.leadkit.core;
    // Immutables' annotations are needed only to compile.
    requires static org.immutables.value.annotations;

    exports dev.leadkit.tracking;
}
