package dev.leadkit.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request a sandbox received, as it went over the wire, with what the sandbox did with it. Nothing
 * is redacted: it is your own sandbox and your own test key.
 *
 * <pre>{@code
 * SandboxRequest first = sandbox.requests().get(0);
 * assertThat(first.path()).isEqualTo("/api/user/leads");
 * assertThat(first.query("per_page")).hasValue("100");
 * assertThat(first.header("Authorization")).hasValue("Bearer " + sandbox.apiKey());
 * }</pre>
 *
 * @param index      the request's number, from 1, in the order the sandbox received them
 * @param method     the HTTP method, e.g. {@code GET}
 * @param path       the path, percent-encoded as sent, e.g. {@code /api/user/leads}
 * @param target     the request target as sent: path and query, e.g. {@code /api/user/leads?page=2}
 * @param query      every query parameter in order of first appearance, each with all its values, decoded
 *                   as the vendor's server decodes them (form decoding: {@code +} is a space)
 * @param headers    every request header, names lowercased, each with all its values
 * @param status     the status the sandbox answered (or began to answer), or 0 when a fault sent no response
 * @param fault      the scripted fault applied to this request, if one was
 */
public record SandboxRequest(int index, String method, String path, String target, Map<String, List<String>> query,
                             Map<String, List<String>> headers, int status, Optional<Fault> fault) {

    /**
     * Copies the maps so the record is immutable.
     *
     * @param index      the request's number, from 1, in the order the sandbox received them
     * @param method     the HTTP method, e.g. {@code GET}
     * @param path       the path, percent-encoded as sent, e.g. {@code /api/user/leads}
     * @param target     the request target as sent: path and query, e.g. {@code /api/user/leads?page=2}
     * @param query      every query parameter in order of first appearance, each with all its values, decoded
     *                   as the vendor's server decodes them (form decoding: {@code +} is a space)
     * @param headers    every request header, names lowercased, each with all its values
     * @param status     the status the sandbox answered (or began to answer), or 0 when a fault sent no response
     * @param fault      the scripted fault applied to this request, if one was
     */
    public SandboxRequest {
        java.util.LinkedHashMap<String, List<String>> ordered = new java.util.LinkedHashMap<>();
        query.forEach((name, values) -> ordered.put(name, List.copyOf(values)));
        query = java.util.Collections.unmodifiableMap(ordered);
        TreeMap<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> sorted.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(sorted);
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the parameter name, as decoded (e.g. {@code value[gte]})
     * @return its first value, or empty when it was not sent
     */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The first value of a header, by case-insensitive name.
     *
     * @param name e.g. {@code Authorization}
     * @return its value, or empty when it was not sent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
