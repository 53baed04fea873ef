/** A modular application of leadkit's: it requires the dialects it uses and the testkit, nothing else. */
module dev.leadkit.modulecheck {
    requires dev.leadkit.autocalls;
    requires dev.leadkit.orgleads;
    requires dev.leadkit.tracking;
    requires dev.leadkit.testkit;
    // To compile a class that reaches for an internal package, and see that it cannot.
    requires java.compiler;
}
