package dev.leadkit.core;

import dev.leadkit.core.internal.LeadkitStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a vendor answered when it refused a request: the HTTP status and whatever its error body said.
 * Carried by every {@link ApiException}.
 */
@Value.Immutable
@LeadkitStyle
public abstract class ApiError {

    /** Implemented by Immutables only: leadkit makes every instance, immutable. */
    ApiError() {
    }

    /**
     * Starts an error; used by the dialects when they decode a vendor's error body.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the HTTP status code} */
    public abstract int statusCode();

    /** {@return the request that failed, as {@code "GET /api/user/leads"} (path only, no query)} */
    public abstract String request();

    /** {@return the vendor's human-readable message, when its body had one} */
    public abstract Optional<String> message();

    /** {@return the vendor's machine-readable error code (e.g. {@code INVALID_FILTER}), when it has such codes} */
    public abstract Optional<String> code();

    /** {@return the vendor's request id, for its support desk, when it gives one} */
    public abstract Optional<String> requestId();

    /** {@return per-field validation messages (Laravel's {@code errors} object), empty when there are none} */
    public abstract Map<String, List<String>> fieldErrors();

    /** {@return the response body as text, cut to at most 8 KiB; empty when there was none} */
    @Value.Default
    public String body() {
        return "";
    }

    /** Builds {@link ApiError}s. */
    public static final class Builder extends ImmutableApiError.Builder {

        Builder() {
        }
    }
}
