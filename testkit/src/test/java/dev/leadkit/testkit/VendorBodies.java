package dev.leadkit.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The vendors' error bodies as the sandboxes write them, for the tests outside this package (the fault
 * suites) that send one through a {@link Fault}: one writer per vendor's wire format, the sandbox's.
 */
public final class VendorBodies {

    private VendorBodies() {
    }

    /**
     * Laravel's validation error, as the Autocalls platform sends it with a 422.
     *
     * @param errors each field's messages, in order
     * @return {@code {"message": "...", "errors": {"field": ["..."]}}}
     */
    public static String laravelValidation(Map<String, List<String>> errors) {
        return JsonBodies.write(AutocallsDialect.validationBody(errors));
    }

    /**
     * Laravel's error, as the Autocalls platform sends it.
     *
     * @param message the message
     * @return {@code {"message": "..."}}
     */
    public static String laravelMessage(String message) {
        return JsonBodies.write(AutocallsDialect.messageBody(message));
    }

    /**
     * Nexus ERP's error.
     *
     * @param message the message
     * @return {@code {"error": "..."}}
     */
    public static String nexusError(String message) {
        return JsonBodies.write(OrgLeadsDialect.errorBody(message));
    }

    /**
     * Octanist's error envelope.
     *
     * @param code      the vendor's code, e.g. {@code VALIDATION_ERROR}
     * @param message   the message
     * @param requestId the request id in {@code meta}
     * @param timestamp the server's time in {@code meta}
     * @return {@code {"success": false, "error": {code, message, details}, "meta": {requestId, timestamp}}}
     */
    public static String octanistError(String code, String message, String requestId, Instant timestamp) {
        return JsonBodies.write(TrackingDialect.errorBody(code, message, requestId, timestamp));
    }
}
