package dev.leadkit.orgleads.internal;

import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.core.internal.dialect.PageFormat;
import dev.leadkit.core.internal.dialect.PageSignals;
import dev.leadkit.core.internal.json.EnvelopeFields;
import dev.leadkit.core.internal.json.JsonValues;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import dev.leadkit.orgleads.OrgLead;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@code GET /api/v1/leads} body reads: {@code {"data": [...], "pagination": {"page", "pageSize",
 * "total", "totalPages", "hasNextPage", "hasPrevPage"}}}. {@code hasNextPage} says whether another page
 * follows, {@code total} and {@code totalPages} are the totals. Nexus ERP documents no unpaginated shape, so a
 * bare array fails.
 */
final class OrgLeadsPageFormat implements PageFormat<OrgLead> {

    private final ZoneId serverZone;

    /**
     * @param serverZone the zone of timestamps without an offset (Nexus ERP sends UTC with {@code Z}; this
     *                   only matters if it ever does not)
     */
    OrgLeadsPageFormat(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    @Override
    public PageSignals signals(JsonObject envelope) {
        JsonValue pagination = EnvelopeFields.object(envelope, "pagination").orElse(JsonObject.empty());
        return new PageSignals(EnvelopeFields.flag(pagination, "hasNextPage"), EnvelopeFields.count(pagination, "total"),
                EnvelopeFields.count(pagination, "totalPages"), EnvelopeFields.count(pagination, "page"));
    }

    @Override
    public OrgLead item(JsonParser parser) throws IOException {
        OrgLead.Builder lead = OrgLead.builder();
        String id = null;
        String name = null;
        String contactId = null;
        String status = "";
        Map<String, JsonValue> unknown = null;
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
                    lead.createdAt(JsonValues.requiredInstant(parser, field, serverZone));
                    break;
                case "updatedAt":
                    lead.updatedAt(JsonValues.requiredInstant(parser, field, serverZone));
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
        OrgLead built = lead.id(JsonValues.required(id, "id"))
                .name(Optional.of(JsonValues.required(name, "name")).filter(text -> !text.isBlank()))
                .contactId(JsonValues.required(contactId, "contactId"))
                .statusValue(status)
                .additionalProperties(JsonValues.unknownOrEmpty(unknown))
                .build();
        JsonValues.required(built.createdAt().orElse(null), "createdAt");
        JsonValues.required(built.updatedAt().orElse(null), "updatedAt");
        return built;
    }
}
