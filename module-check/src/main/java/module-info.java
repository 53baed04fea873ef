/** A modular application of leadkit's: it requires the dialects it uses, the testkit and Jackson 3, nothing else. */
module dev.leadkit.modulecheck {
    requires dev.leadkit.autocalls;
    requires dev.leadkit.orgleads;
    requires dev.leadkit.tracking;
    requires dev.leadkit.testkit;
    // An application on Jackson 3: leads round-trip through it too.
    requires tools.jackson.databind;
    // To compile a class that reaches for an internal package, and see that it cannot.
    requires java.compiler;
}
