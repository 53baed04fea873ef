package dev.leadkit.autocalls.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.autocalls.AutocallsCampaign;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsSecondaryContact;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.http.MalformedBodyException;
import dev.leadkit.core.internal.json.Json;
import dev.leadkit.core.internal.json.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Decodes a {@code GET /user/leads} body into a {@link Page}. Pure: bytes in, page out. Three shapes are
 * read:
 * <ul>
 *   <li>Laravel's length-aware paginator {@code {"current_page", "data": [...], "last_page", "total"}}
 *       (Autocalls, Aiployees): another page follows while the requested page is before {@code last_page};
 *   <li>a bare array {@code [...]} (the Sondos page's example) and
 *   <li>{@code {"leads": [...]}} (the Sondos page's field list): both are the whole listing in one page.
 * </ul>
 * The page's number is always the number requested: {@code next_page_url} and its kin are never followed.
 *
 * <p>The body is read token by token, straight into the leads' builders: no tree of the page is built,
 * only the values a lead keeps as JSON ({@code variables}, unknown fields) become nodes.
 */
public final class AutocallsPageDecoder {

    private final ZoneId serverZone;

    /**
     * @param serverZone the zone of timestamps without an offset ({@code 2025-06-30 11:18:04})
     */
    public AutocallsPageDecoder(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    /**
     * @param body   the response body, read as it streams in
     * @param number the page number that was requested
     * @return the page
     * @throws IOException when the body is not JSON
     */
    public Page<AutocallsLead> decode(InputStream body, int number) throws IOException {
        try (JsonParser parser = Json.MAPPER.createParser(body)) {
            JsonToken root = parser.nextToken();
            if (root == null) {
                throw new MalformedBodyException("the body is empty");
            }
            if (root == JsonToken.START_ARRAY) {
                return wholeListing(leads(parser), number);
            }
            if (root == JsonToken.START_OBJECT) {
                return envelope(parser, number);
            }
            throw notAListing();
        }
    }

    private Page<AutocallsLead> envelope(JsonParser parser, int number) throws IOException {
        List<AutocallsLead> data = null;
        List<AutocallsLead> leads = null;
        OptionalLong lastPage = OptionalLong.empty();
        OptionalLong total = OptionalLong.empty();
        boolean nextPageUrl = false;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "data":
                    data = value == JsonToken.START_ARRAY ? leads(parser) : skip(parser, data);
                    break;
                case "leads":
                    leads = value == JsonToken.START_ARRAY ? leads(parser) : skip(parser, leads);
                    break;
                case "last_page":
                    lastPage = JsonValues.longValue(parser, field);
                    break;
                case "total":
                    total = JsonValues.longValue(parser, field);
                    break;
                case "next_page_url":
                    nextPageUrl = JsonValues.text(parser, field).isPresent();
                    break;
                default:
                    parser.skipChildren();
            }
        }
        if (data != null) {
            return paginated(data, lastPage, total, nextPageUrl, number);
        }
        if (leads != null) {
            return wholeListing(leads, number);
        }
        throw notAListing();
    }

    private static Page<AutocallsLead> paginated(List<AutocallsLead> leads, OptionalLong lastPage, OptionalLong total,
            boolean nextPageUrl, int number) {
        if (lastPage.isPresent() && total.isPresent()) {
            return Page.of(leads, number, number < lastPage.getAsLong(), total.getAsLong(), (int) lastPage.getAsLong());
        }
        // Laravel's simple paginator has no totals; it says whether more follow through next_page_url.
        return Page.withoutTotals(leads, number, nextPageUrl);
    }

    /** An unpaginated answer is the whole listing: page 1 holds it all, later pages are empty. */
    private static Page<AutocallsLead> wholeListing(List<AutocallsLead> leads, int number) {
        return Page.of(number == 1 ? leads : List.of(), number, false, leads.size(), 1);
    }

    private static MalformedBodyException notAListing() {
        return new MalformedBodyException("expected a paginator object with a 'data' array, a 'leads' array, or an array");
    }

    /** Skips a value that is not the array its field should be, keeping what an earlier field of that name gave. */
    private static <T> T skip(JsonParser parser, T kept) throws IOException {
        parser.skipChildren();
        return kept;
    }

    private List<AutocallsLead> leads(JsonParser parser) throws IOException {
        List<AutocallsLead> leads = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            leads.add(lead(parser));
        }
        return leads;
    }

    private AutocallsLead lead(JsonParser parser) throws IOException {
        JsonValues.requireObject(parser, "lead");
        AutocallsLead.Builder lead = AutocallsLead.builder();
        String id = null;
        String phoneNumber = null;
        String status = "";
        Map<String, JsonNode> unknown = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            parser.nextToken();
            switch (field) {
                case "id":
                    id = JsonValues.id(parser, field);
                    break;
                case "campaign_id":
                    lead.campaignId(JsonValues.longValue(parser, field));
                    break;
                case "phone_number":
                    phoneNumber = JsonValues.requiredText(parser, field);
                    break;
                case "variables":
                    JsonValues.members(parser, field, lead::putVariables);
                    break;
                case "status":
                    status = JsonValues.text(parser, field).orElse("");
                    break;
                case "created_at":
                    lead.createdAt(JsonValues.instant(parser, field, serverZone));
                    break;
                case "updated_at":
                    lead.updatedAt(JsonValues.instant(parser, field, serverZone));
                    break;
                case "campaign":
                    if (!JsonValues.isNull(parser)) {
                        lead.campaign(campaign(parser));
                    }
                    break;
                case "secondary_contacts":
                    secondaryContacts(parser, field, lead);
                    break;
                default:
                    unknown = JsonValues.putUnknown(unknown, field, parser);
            }
        }
        return lead.id(JsonValues.required(id, "id"))
                .phoneNumber(JsonValues.required(phoneNumber, "phone_number"))
                .statusValue(status)
                .additionalProperties(JsonValues.unknownOrEmpty(unknown))
                .build();
    }

    private void secondaryContacts(JsonParser parser, String field, AutocallsLead.Builder lead) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new MalformedBodyException("field '" + field + "' should be an array but is " + JsonValues.kind(token));
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            lead.addSecondaryContacts(secondaryContact(parser));
        }
    }

    private AutocallsSecondaryContact secondaryContact(JsonParser parser) throws IOException {
        JsonValues.requireObject(parser, "secondary contact");
        AutocallsSecondaryContact.Builder contact = AutocallsSecondaryContact.builder();
        String id = null;
        String phoneNumber = null;
        String status = "";
        Map<String, JsonNode> unknown = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            parser.nextToken();
            switch (field) {
                case "id":
                    id = JsonValues.id(parser, field);
                    break;
                case "phone_number":
                    phoneNumber = JsonValues.requiredText(parser, field);
                    break;
                case "variables":
                    JsonValues.members(parser, field, contact::putVariables);
                    break;
                case "status":
                    status = JsonValues.text(parser, field).orElse("");
                    break;
                case "created_at":
                    contact.createdAt(JsonValues.instant(parser, field, serverZone));
                    break;
                case "updated_at":
                    contact.updatedAt(JsonValues.instant(parser, field, serverZone));
                    break;
                default:
                    unknown = JsonValues.putUnknown(unknown, field, parser);
            }
        }
        return contact.id(JsonValues.required(id, "id"))
                .phoneNumber(JsonValues.required(phoneNumber, "phone_number"))
                .statusValue(status)
                .additionalProperties(JsonValues.unknownOrEmpty(unknown))
                .build();
    }

    private static AutocallsCampaign campaign(JsonParser parser) throws IOException {
        JsonValues.requireObject(parser, "campaign");
        AutocallsCampaign.Builder campaign = AutocallsCampaign.builder();
        String id = null;
        Map<String, JsonNode> unknown = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            parser.nextToken();
            switch (field) {
                case "id":
                    id = JsonValues.id(parser, field);
                    break;
                case "name":
                    campaign.name(JsonValues.text(parser, field));
                    break;
                default:
                    unknown = JsonValues.putUnknown(unknown, field, parser);
            }
        }
        return campaign.id(JsonValues.required(id, "id")).additionalProperties(JsonValues.unknownOrEmpty(unknown)).build();
    }
}
