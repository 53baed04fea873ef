package dev.leadkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Nexus ERP's {@code GET /api/v1/leads}: bearer auth, exact status, case-insensitive search over name,
 * emails, phones and company, {@code assignedToId} (or {@code unassigned}), {@code page} and
 * {@code pageSize} 1..100 (default 50), ordered by {@code nextCallAt} ascending with leads that have no
 * next call last, then {@code createdAt} descending, then id.
 */
final class OrgLeadsDialect implements Dialect<OrgLeadsSandboxLead> {

    static final String PATH = "/api/v1/leads";
    private static final int DEFAULT_PAGE_SIZE = 50;
    static final Comparator<OrgLeadsSandboxLead> ORDER = Comparator
            .comparing((OrgLeadsSandboxLead lead) -> lead.nextCallAt().orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OrgLeadsSandboxLead::createdAt, Comparator.reverseOrder())
            .thenComparing(OrgLeadsSandboxLead::id);

    private final String apiKey;

    OrgLeadsDialect(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public Reply handle(IncomingRequest request, List<OrgLeadsSandboxLead> leads) {
        if (!request.path().equals(PATH)) {
            return error(404, "Not found");
        }
        if (!request.method().equals("GET")) {
            return error(405, "Method not allowed");
        }
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isEmpty() || !authorization.get().startsWith("Bearer ")) {
            return error(401, "Missing or malformed Authorization header");
        }
        if (!authorization.get().equals("Bearer " + apiKey)) {
            return error(401, "Invalid API key");
        }
        Optional<String> status = param(request, "status");
        if (status.isPresent() && !Arrays.asList(OrgLeadsGenerator.STATUSES).contains(status.get())) {
            return error(400, "Invalid status \"" + status.get() + "\": expected one of "
                    + String.join(", ", OrgLeadsGenerator.STATUSES));
        }
        long page = param(request, "page").map(Paging::positiveInt).orElse(1L);
        if (page < 1) {
            return error(400, "page must be a positive integer");
        }
        long pageSize = param(request, "pageSize").map(Paging::positiveInt).orElse((long) DEFAULT_PAGE_SIZE);
        if (pageSize < 1 || pageSize > 100) {
            return error(400, "pageSize must be an integer between 1 and 100");
        }
        Predicate<OrgLeadsSandboxLead> filter = lead -> true;
        if (status.isPresent()) {
            filter = filter.and(lead -> lead.status().equals(status.get()));
        }
        Optional<String> search = param(request, "search").map(s -> s.toLowerCase(Locale.ROOT));
        if (search.isPresent()) {
            filter = filter.and(lead -> matches(lead, search.get()));
        }
        Optional<String> assigned = param(request, "assignedToId");
        if (assigned.isPresent()) {
            filter = filter.and(assigned.get().equals("unassigned") ? lead -> lead.assignedToId().isEmpty()
                    : lead -> lead.assignedToId().equals(assigned));
        }
        List<OrgLeadsSandboxLead> matching = leads.stream().filter(filter).toList();
        List<JsonNode> data = Paging.slice(matching, (int) page, (int) pageSize).stream()
                .<JsonNode>map(OrgLeadsDialect::lead).toList();
        return Reply.json(200, JsonBodies.write(page(data, (int) page, (int) pageSize, matching.size())));
    }

    /**
     * The listing's JSON: {@code {"data": [...], "pagination": {page, pageSize, total, totalPages, hasNextPage,
     * hasPrevPage}}}.
     *
     * @param data     the page's leads
     * @param page     the page number, from 1
     * @param pageSize the page size
     * @param total    how many leads match
     * @return the body
     */
    static ObjectNode page(List<JsonNode> data, int page, int pageSize, long total) {
        long totalPages = (total + pageSize - 1) / pageSize;
        ObjectNode body = JsonBodies.object();
        body.putArray("data").addAll(data);
        ObjectNode pagination = body.putObject("pagination");
        pagination.put("page", page);
        pagination.put("pageSize", pageSize);
        pagination.put("total", total);
        pagination.put("totalPages", totalPages);
        pagination.put("hasNextPage", page < totalPages);
        pagination.put("hasPrevPage", page > 1);
        return body;
    }

    /** {@code URLSearchParams.get}: the first value; an empty value is treated as absent. */
    private static Optional<String> param(IncomingRequest request, String name) {
        return request.first(name).filter(value -> !value.isEmpty());
    }

    private static boolean matches(OrgLeadsSandboxLead lead, String needle) {
        return lead.name().toLowerCase(Locale.ROOT).contains(needle)
                || lead.emails().stream().anyMatch(email -> email.contains(needle))
                || lead.phones().stream().anyMatch(phone -> phone.contains(needle))
                || lead.company().map(c -> c.toLowerCase(Locale.ROOT).contains(needle)).orElse(false);
    }

    @Override
    public Reply error(int status, String message) {
        return Reply.json(status, JsonBodies.write(errorBody(message)));
    }

    /** {@return the vendor's error body, {@code {"error": "..."}}} */
    static ObjectNode errorBody(String message) {
        ObjectNode body = JsonBodies.object();
        body.put("error", message);
        return body;
    }

    static ObjectNode lead(OrgLeadsSandboxLead lead) {
        ObjectNode node = JsonBodies.object();
        node.put("id", lead.id());
        node.put("name", lead.name());
        lead.phones().forEach(node.putArray("phones")::add);
        lead.emails().forEach(node.putArray("emails")::add);
        node.put("primaryPhone", lead.primaryPhone().orElse(null));
        node.put("primaryEmail", lead.primaryEmail().orElse(null));
        node.put("contactId", lead.contactId());
        node.put("company", lead.company().orElse(null));
        node.put("source", lead.source().orElse(null));
        node.put("status", lead.status());
        node.put("notes", lead.notes().orElse(null));
        node.put("nextCallAt", lead.nextCallAt().map(JsonBodies::iso).orElse(null));
        node.put("createdAt", JsonBodies.iso(lead.createdAt()));
        node.put("updatedAt", JsonBodies.iso(lead.updatedAt()));
        node.put("assignedToId", lead.assignedToId().orElse(null));
        node.put("clientId", lead.clientId().orElse(null));
        return node;
    }
}
