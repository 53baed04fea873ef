/**
 * In-process sandbox servers that speak each vendor's lead-listing dialect over real HTTP on loopback:
 * {@link dev.leadkit.testkit}. It depends on no leadkit client: it speaks the wire only.
 */
module dev.leadkit.testkit {
    requires mockwebserver3;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;

    exports dev.leadkit.testkit;
}
