package dev.leadkit.core;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vendor answered with an error status, or with a success status and a body that says the request
 * failed. Subclasses name the common statuses; catch this type to handle them all.
 *
 * <pre>{@code
 * catch (ApiException e) {
 *     e.statusCode();    // 422
 *     e.errorCode();     // Optional[INVALID_FILTER] where the vendor has codes
 *     e.vendorMessage(); // Optional[The per page field must not be greater than 100.]
 *     e.requestId();     // Optional[req_a1b2c3d4e5f6] where the vendor gives one
 * }
 * }</pre>
 */
public class ApiException extends LeadkitException {

    private static final long serialVersionUID = 2L;

    private transient ApiError error;

    /**
     * An exception for the vendor's answer, its message made of the status, the vendor's message and code, and the
     * request id.
     *
     * @param error what the vendor answered
     */
    public ApiException(ApiError error) {
        super(describe(error));
        this.error = error;
    }

    private static String describe(ApiError error) {
        StringBuilder text = new StringBuilder()
                .append(error.request()).append(" failed with HTTP ").append(error.statusCode());
        error.message().ifPresent(m -> text.append(": ").append(m));
        error.fieldErrors().forEach((field, messages) ->
                text.append(" [").append(field).append(": ").append(String.join(" ", messages)).append(']'));
        error.code().ifPresent(c -> text.append(" (code ").append(c).append(')'));
        error.requestId().ifPresent(id -> text.append(" (request id ").append(id).append(')'));
        return text.toString();
    }

    /** {@return everything the vendor answered} */
    public ApiError error() {
        return error;
    }

    /** {@return the HTTP status code} */
    public int statusCode() {
        return error.statusCode();
    }

    /** {@return the vendor's machine-readable error code, when it has such codes} */
    public Optional<String> errorCode() {
        return error.code();
    }

    /** {@return the vendor's own message, when its body had one} */
    public Optional<String> vendorMessage() {
        return error.message();
    }

    /** {@return the vendor's request id, when it gives one} */
    public Optional<String> requestId() {
        return error.requestId();
    }

    /** {@return per-field validation messages, empty when there are none} */
    public Map<String, List<String>> fieldErrors() {
        return error.fieldErrors();
    }

    /** {@return the response body as text, cut to at most 8 KiB} */
    public String body() {
        return error.body();
    }

    /**
     * Writes what the vendor answered after the exception's own fields.
     *
     * @param out the stream
     * @throws IOException when the stream fails
     * @serialData the status, the request, the message, code and request id (each {@code null} when absent),
     *             the field errors as a {@code Map<String, ArrayList<String>>}, and the body
     */
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(error.statusCode());
        out.writeUTF(error.request());
        out.writeObject(error.message().orElse(null));
        out.writeObject(error.code().orElse(null));
        out.writeObject(error.requestId().orElse(null));
        Map<String, ArrayList<String>> fieldErrors = new LinkedHashMap<>();
        error.fieldErrors().forEach((field, messages) -> fieldErrors.put(field, new ArrayList<>(messages)));
        out.writeObject(fieldErrors);
        out.writeObject(error.body());
    }

    /**
     * Reads what {@link #writeObject} wrote back into an equal {@link ApiError}.
     *
     * @param in the stream
     * @throws IOException            when the stream fails
     * @throws ClassNotFoundException when a class of the stream is missing
     */
    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        ApiError.Builder read = ApiError.builder().statusCode(in.readInt()).request(in.readUTF());
        String message = (String) in.readObject();
        String code = (String) in.readObject();
        String requestId = (String) in.readObject();
        if (message != null) {
            read.message(message);
        }
        if (code != null) {
            read.code(code);
        }
        if (requestId != null) {
            read.requestId(requestId);
        }
        read.fieldErrors((Map<String, ? extends List<String>>) in.readObject());
        error = read.body((String) in.readObject()).build();
    }
}
