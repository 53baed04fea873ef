package dev.leadkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Octanist's {@code GET /api/leads}: {@code X-API-KEY} auth, the {@link TrackingQuery} grammar, and the
 * {@code {success, data, meta: {pagination, requestId, timestamp}}} envelope; errors in
 * {@code {success: false, error: {code, message, details}, meta: {requestId, timestamp}}}.
 */
final class TrackingDialect implements Dialect<TrackingSandboxLead> {

    static final String PATH = "/api/leads";

    private final String apiKey;
    private final Clock clock;
    private final Random requestIds;

    TrackingDialect(String apiKey, Clock clock, long seed) {
        this.apiKey = apiKey;
        this.clock = clock;
        this.requestIds = new Random(seed * 31 + 7);
    }

    @Override
    public Reply handle(IncomingRequest request, List<TrackingSandboxLead> leads) {
        if (!request.path().equals(PATH)) {
            return error(404, "NOT_FOUND", "Route " + request.method() + " " + request.path() + " not found");
        }
        if (!request.method().equals("GET")) {
            return error(404, "NOT_FOUND", "Route " + request.method() + " " + request.path() + " not found");
        }
        if (!request.header("X-API-KEY").equals(Optional.of(apiKey))) {
            return error(401, "UNAUTHORIZED", "Missing or invalid API key");
        }
        TrackingQuery query;
        try {
            query = TrackingQuery.parse(request.query());
        } catch (TrackingQuery.Invalid invalid) {
            return error(invalid.status, invalid.code, invalid.getMessage());
        }
        List<TrackingSandboxLead> matching = leads.stream().filter(query.filter).sorted(query.order).toList();
        List<JsonNode> data = Paging.slice(matching, query.page, query.limit).stream()
                .map(lead -> (JsonNode) lead(lead, query.fields)).toList();
        return Reply.json(200, JsonBodies.write(page(data,
                Optional.of(pagination(query.limit, query.page, matching.size())), requestId(), Instant.now(clock))));
    }

    /**
     * The listing's envelope: {@code {"success": true, "data": [...], "meta": {"pagination": {...}, "requestId",
     * "timestamp"}}}.
     *
     * @param data       the page's leads
     * @param pagination {@link #pagination}, or empty for a page without it
     * @param requestId  the request id
     * @param timestamp  the server's time
     * @return the body
     */
    static ObjectNode page(List<JsonNode> data, Optional<ObjectNode> pagination, String requestId, Instant timestamp) {
        ObjectNode body = JsonBodies.object();
        body.put("success", true);
        body.putArray("data").addAll(data);
        ObjectNode meta = body.putObject("meta");
        pagination.ifPresent(p -> meta.set("pagination", p));
        meta.put("requestId", requestId);
        meta.put("timestamp", JsonBodies.iso(timestamp));
        return body;
    }

    /** {@return {@code {limit, page, totalPages, total, hasMore}} for page {@code page} of {@code total} leads} */
    static ObjectNode pagination(int limit, int page, long total) {
        long totalPages = (total + limit - 1) / limit;
        ObjectNode pagination = JsonBodies.object();
        pagination.put("limit", limit);
        pagination.put("page", page);
        pagination.put("totalPages", totalPages);
        pagination.put("total", total);
        pagination.put("hasMore", page < totalPages);
        return pagination;
    }

    @Override
    public Reply error(int status, String message) {
        String code = switch (status) {
            case 400 -> "VALIDATION_ERROR";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 409 -> "CONFLICT";
            case 429 -> "RATE_LIMITED";
            default -> "INTERNAL_ERROR";
        };
        return error(status, code, message);
    }

    private Reply error(int status, String code, String message) {
        return Reply.json(status, JsonBodies.write(errorBody(code, message, requestId(), Instant.now(clock))));
    }

    /**
     * The error envelope: {@code {"success": false, "error": {code, message, details}, "meta": {requestId,
     * timestamp}}}.
     *
     * @param code      the vendor's error code, e.g. {@code INVALID_FILTER}
     * @param message   the human message
     * @param requestId the request id
     * @param timestamp the server's time
     * @return the body
     */
    static ObjectNode errorBody(String code, String message, String requestId, Instant timestamp) {
        ObjectNode body = JsonBodies.object();
        body.put("success", false);
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        error.putObject("details");
        ObjectNode meta = body.putObject("meta");
        meta.put("requestId", requestId);
        meta.put("timestamp", JsonBodies.iso(timestamp));
        return body;
    }

    private synchronized String requestId() {
        return "req_" + String.format("%012x", requestIds.nextLong() & 0xFFFF_FFFF_FFFFL);
    }

    static ObjectNode lead(TrackingSandboxLead lead, Optional<Set<String>> fields) {
        ObjectNode node = JsonBodies.object();
        for (Map.Entry<String, Object> field : lead.fields().entrySet()) {
            if (fields.isPresent() && !fields.get().contains(field.getKey())) {
                continue;
            }
            Object value = field.getValue();
            if (value == null) {
                node.putNull(field.getKey());
            } else if (value instanceof BigDecimal number) {
                node.put(field.getKey(), number);
            } else if (value instanceof Boolean flag) {
                node.put(field.getKey(), flag);
            } else if (value instanceof Instant instant) {
                node.put(field.getKey(), JsonBodies.iso(instant));
            } else {
                node.put(field.getKey(), value.toString());
            }
        }
        return node;
    }
}
