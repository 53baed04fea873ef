package dev.leadkit.core.internal.http;

import dev.leadkit.core.json.JsonObject;

/**
 * A success status whose body says the request failed ({@code "success": false}): a dialect's page reader
 * throws it from its {@link BodyDecoder}, and the transport turns it into the vendor's error, read by the
 * dialect's error reader, as it does an error status.
 */
public final class VendorFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient JsonObject envelope;

    /**
     * A failure the body tells.
     *
     * @param envelope the body's members but its item array
     */
    public VendorFailure(JsonObject envelope) {
        super("the body says the request failed", null, false, false);
        this.envelope = envelope;
    }

    /** The body's members but its item array. */
    public JsonObject envelope() {
        return envelope;
    }
}
