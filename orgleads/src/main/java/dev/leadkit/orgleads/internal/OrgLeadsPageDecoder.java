package dev.leadkit.orgleads.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.http.MalformedBodyException;
import dev.leadkit.core.internal.json.Json;
import dev.leadkit.core.internal.json.JsonFields;
import dev.leadkit.orgleads.OrgLead;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Decodes a {@code GET /api/v1/leads} body, {@code {"data": [...], "pagination": {"page", "pageSize",
 * "total", "totalPages", "hasNextPage", "hasPrevPage"}}}, into a {@link Page}. Pure: bytes in, page out.
 *
 * <p>Another page follows when {@code hasNextPage} is {@code true} (or, should the vendor leave it out,
 * while the requested page is before {@code totalPages}); {@code total} and {@code totalPages} become the
 * page's totals. The page's number is always the number requested, never {@code pagination.page}.
 */
public final class OrgLeadsPageDecoder {

    private static final Set<String> LEAD_FIELDS = Set.of("id", "name", "phones", "emails", "primaryPhone",
            "primaryEmail", "contactId", "company", "source", "status", "notes", "nextCallAt", "createdAt",
            "updatedAt", "assignedToId", "clientId");

    private final ZoneId serverZone;

    /**
     * @param serverZone the zone of timestamps without an offset (Nexus ERP sends UTC with {@code Z}; this
     *                   only matters if it ever does not)
     */
    public OrgLeadsPageDecoder(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    /**
     * @param body   the response body
     * @param number the page number that was requested
     * @return the page
     * @throws IOException when the body is not JSON
     */
    public Page<OrgLead> decode(byte[] body, int number) throws IOException {
        JsonNode root = Json.MAPPER.readTree(body);
        if (root == null || root.isMissingNode()) {
            throw new MalformedBodyException("the body is empty");
        }
        if (!root.isObject() || root.get("data") == null || !root.get("data").isArray()) {
            throw new MalformedBodyException("expected an object with a 'data' array and a 'pagination' object");
        }
        List<OrgLead> leads = leads(root.get("data"));
        JsonNode pagination = root.get("pagination");
        if (pagination == null || !pagination.isObject()) {
            throw new MalformedBodyException("required object 'pagination' is missing");
        }
        OptionalLong total = JsonFields.longValue(pagination, "total");
        OptionalLong totalPages = JsonFields.longValue(pagination, "totalPages");
        Optional<Boolean> hasNextPage = JsonFields.bool(pagination, "hasNextPage");
        boolean hasNext;
        if (hasNextPage.isPresent()) {
            hasNext = hasNextPage.get();
        } else if (totalPages.isPresent()) {
            hasNext = number < totalPages.getAsLong();
        } else {
            throw new MalformedBodyException("pagination has neither 'hasNextPage' nor 'totalPages'");
        }
        if (total.isPresent() && totalPages.isPresent()) {
            return Page.of(leads, number, hasNext, total.getAsLong(), (int) totalPages.getAsLong());
        }
        return Page.withoutTotals(leads, number, hasNext);
    }

    private List<OrgLead> leads(JsonNode array) {
        List<OrgLead> leads = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            leads.add(lead(node));
        }
        return leads;
    }

    private OrgLead lead(JsonNode node) {
        if (!node.isObject()) {
            throw new MalformedBodyException("each lead should be an object but one is " + node.getNodeType());
        }
        return OrgLead.builder()
                .id(JsonFields.requiredId(node, "id"))
                .contactName(JsonFields.requiredText(node, "name"))
                .phones(JsonFields.textList(node, "phones"))
                .emails(JsonFields.textList(node, "emails"))
                .primaryPhone(JsonFields.text(node, "primaryPhone"))
                .primaryEmail(JsonFields.text(node, "primaryEmail"))
                .contactId(JsonFields.requiredId(node, "contactId"))
                .company(JsonFields.text(node, "company"))
                .source(JsonFields.text(node, "source"))
                .statusValue(JsonFields.text(node, "status").orElse(""))
                .notes(JsonFields.text(node, "notes"))
                .nextCallAt(JsonFields.instant(node, "nextCallAt", serverZone))
                .created(requiredInstant(node, "createdAt"))
                .updated(requiredInstant(node, "updatedAt"))
                .assignedToId(JsonFields.text(node, "assignedToId"))
                .clientId(JsonFields.text(node, "clientId"))
                .additionalProperties(JsonFields.unknownFields(node, LEAD_FIELDS))
                .build();
    }

    private Instant requiredInstant(JsonNode node, String field) {
        return JsonFields.instant(node, field, serverZone).orElseThrow(() ->
                new MalformedBodyException("required field '" + field + "' is missing"));
    }
}
