package dev.leadkit.orgleads.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.http.MalformedBodyException;
import dev.leadkit.core.internal.json.Json;
import dev.leadkit.core.internal.json.JsonValues;
import dev.leadkit.orgleads.OrgLead;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decodes a {@code GET /api/v1/leads} body, {@code {"data": [...], "pagination": {"page", "pageSize",
 * "total", "totalPages", "hasNextPage", "hasPrevPage"}}}, into a {@link Page}. Pure: bytes in, page out.
 *
 * <p>Another page follows when {@code hasNextPage} is {@code true} (or, should the vendor leave it out,
 * while the requested page is before {@code totalPages}); {@code total} and {@code totalPages} become the
 * page's totals. The page's number is always the number requested, never {@code pagination.page}.
 *
 * <p>The body is read token by token, straight into the leads' builders: no tree of the page is built.
 */
public final class OrgLeadsPageDecoder {

    private final ZoneId serverZone;

    /**
     * @param serverZone the zone of timestamps without an offset (Nexus ERP sends UTC with {@code Z}; this
     *                   only matters if it ever does not)
     */
    public OrgLeadsPageDecoder(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    /**
     * @param body   the response body, read as it streams in
     * @param number the page number that was requested
     * @return the page
     * @throws IOException when the body is not JSON
     */
    public Page<OrgLead> decode(InputStream body, int number) throws IOException {
        try (JsonParser parser = Json.MAPPER.createParser(body)) {
            JsonToken root = parser.nextToken();
            if (root == null) {
                throw new MalformedBodyException("the body is empty");
            }
            if (root != JsonToken.START_OBJECT) {
                throw notAnEnvelope();
            }
            List<OrgLead> leads = null;
            Pagination pagination = null;
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                if (field.equals("data") && value == JsonToken.START_ARRAY) {
                    leads = leads(parser);
                } else if (field.equals("pagination") && value == JsonToken.START_OBJECT) {
                    pagination = pagination(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (leads == null) {
                throw notAnEnvelope();
            }
            if (pagination == null) {
                throw new MalformedBodyException("required object 'pagination' is missing");
            }
            return pagination.page(leads, number);
        }
    }

    private static MalformedBodyException notAnEnvelope() {
        return new MalformedBodyException("expected an object with a 'data' array and a 'pagination' object");
    }

    /** What {@code pagination} says about the listing. */
    private static final class Pagination {
        OptionalLong total = OptionalLong.empty();
        OptionalLong totalPages = OptionalLong.empty();
        Optional<Boolean> hasNextPage = Optional.empty();

        Page<OrgLead> page(List<OrgLead> leads, int number) {
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
    }

    private static Pagination pagination(JsonParser parser) throws IOException {
        Pagination pagination = new Pagination();
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            parser.nextToken();
            switch (field) {
                case "total":
                    pagination.total = JsonValues.longValue(parser, field);
                    break;
                case "totalPages":
                    pagination.totalPages = JsonValues.longValue(parser, field);
                    break;
                case "hasNextPage":
                    pagination.hasNextPage = JsonValues.bool(parser, field);
                    break;
                default:
                    parser.skipChildren();
            }
        }
        return pagination;
    }

    private List<OrgLead> leads(JsonParser parser) throws IOException {
        List<OrgLead> leads = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            leads.add(lead(parser));
        }
        return leads;
    }

    private OrgLead lead(JsonParser parser) throws IOException {
        JsonValues.requireObject(parser, "lead");
        OrgLead.Builder lead = OrgLead.builder();
        String id = null;
        String name = null;
        String contactId = null;
        Instant created = null;
        Instant updated = null;
        String status = "";
        Map<String, JsonNode> unknown = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            parser.nextToken();
            switch (field) {
                case "id":
                    id = JsonValues.id(parser, field);
                    break;
                case "name":
                    name = JsonValues.requiredText(parser, field);
                    break;
                case "phones":
                    lead.phones(JsonValues.textList(parser, field));
                    break;
                case "emails":
                    lead.emails(JsonValues.textList(parser, field));
                    break;
                case "primaryPhone":
                    lead.primaryPhone(JsonValues.text(parser, field));
                    break;
                case "primaryEmail":
                    lead.primaryEmail(JsonValues.text(parser, field));
                    break;
                case "contactId":
                    contactId = JsonValues.id(parser, field);
                    break;
                case "company":
                    lead.company(JsonValues.text(parser, field));
                    break;
                case "source":
                    lead.source(JsonValues.text(parser, field));
                    break;
                case "status":
                    status = JsonValues.text(parser, field).orElse("");
                    break;
                case "notes":
                    lead.notes(JsonValues.text(parser, field));
                    break;
                case "nextCallAt":
                    lead.nextCallAt(JsonValues.instant(parser, field, serverZone));
                    break;
                case "createdAt":
                    created = JsonValues.instant(parser, field, serverZone).orElseThrow(() -> JsonValues.missing("createdAt"));
                    break;
                case "updatedAt":
                    updated = JsonValues.instant(parser, field, serverZone).orElseThrow(() -> JsonValues.missing("updatedAt"));
                    break;
                case "assignedToId":
                    lead.assignedToId(JsonValues.text(parser, field));
                    break;
                case "clientId":
                    lead.clientId(JsonValues.text(parser, field));
                    break;
                default:
                    unknown = JsonValues.putUnknown(unknown, field, parser);
            }
        }
        return lead.id(JsonValues.required(id, "id"))
                .contactName(JsonValues.required(name, "name"))
                .contactId(JsonValues.required(contactId, "contactId"))
                .created(JsonValues.required(created, "createdAt"))
                .updated(JsonValues.required(updated, "updatedAt"))
                .statusValue(status)
                .additionalProperties(JsonValues.unknownOrEmpty(unknown))
                .build();
    }
}
