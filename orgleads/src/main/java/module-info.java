/**
 * leadkit's client of the Nexus ERP CRM lead listing: {@link dev.leadkit.orgleads}. Its {@code internal} package (the
 * vendor's wire format) is not exported.
 */
module dev.leadkit.orgleads {
    requires transitive dev.leadkit.core;
    // Immutables' annotations are needed only to compile.
    requires static org.immutables.value.annotations;

    exports dev.leadkit.orgleads;
}
