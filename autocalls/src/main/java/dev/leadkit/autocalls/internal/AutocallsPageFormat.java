package dev.leadkit.autocalls.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.leadkit.autocalls.AutocallsCampaign;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsSecondaryContact;
import dev.leadkit.core.internal.dialect.PageFormat;
import dev.leadkit.core.internal.dialect.PageSignals;
import dev.leadkit.core.internal.json.EnvelopeFields;
import dev.leadkit.core.internal.json.JsonValues;
import dev.leadkit.core.internal.json.MalformedBodyException;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a {@code GET /user/leads} body reads. Three shapes:
 * <ul>
 *   <li>Laravel's length-aware paginator {@code {"current_page", "data": [...], "last_page", "total"}}
 *       (Autocalls, Aiployees): {@code last_page} and {@code total} are the totals; Laravel's simple
 *       paginator, which has no totals, says whether more follow by {@code next_page_url} (read as a
 *       signal, never followed);
 *   <li>a bare array {@code [...]} (the Sondos page's example) and
 *   <li>{@code {"leads": [...]}} (the Sondos page's field list): both are the whole listing in one page.
 * </ul>
 */
final class AutocallsPageFormat implements PageFormat<AutocallsLead> {

    private static final Map<String, Items> ITEM_ARRAYS = Map.of("data", Items.PAGE, "leads", Items.WHOLE_LISTING);

    private final ZoneId serverZone;

    AutocallsPageFormat(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    @Override
    public Map<String, Items> itemArrays() {
        return ITEM_ARRAYS;
    }

    @Override
    public boolean bareArrayIsWholeListing() {
        return true;
    }

    @Override
    public PageSignals signals(JsonObject envelope) {
        OptionalLong lastPage = EnvelopeFields.count(envelope, "last_page");
        // a next page's URL, read as a signal only (never followed): a non-blank string; null (or anything else) is none
        Optional<Boolean> simplePaginatorHasMore = lastPage.isPresent() || envelope.get("next_page_url").isEmpty()
                ? Optional.empty()
                : Optional.of(envelope.get("next_page_url").flatMap(JsonValue::asString).filter(url -> !url.isBlank()).isPresent());
        return new PageSignals(simplePaginatorHasMore, EnvelopeFields.count(envelope, "total"), lastPage,
                EnvelopeFields.count(envelope, "current_page"));
    }

    @Override
    public AutocallsLead item(JsonParser parser) throws IOException {
        AutocallsLead.Builder lead = AutocallsLead.builder();
        ContactFields contact = new ContactFields(serverZone, lead::putVariables);
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            parser.nextToken();
            switch (field) {
                case "campaign_id":
                    lead.campaignId(JsonValues.longValue(parser, field));
                    break;
                case "campaign":
                    lead.campaign(JsonValues.isNull(parser) ? Optional.empty() : Optional.of(campaign(parser)));
                    break;
                case "secondary_contacts":
                    secondaryContacts(parser, field, lead);
                    break;
                default:
                    contact.read(field, parser);
            }
        }
        return lead.from(contact).build();
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
            JsonValues.requireObject(parser, "secondary contact");
            AutocallsSecondaryContact.Builder built = AutocallsSecondaryContact.builder();
            ContactFields contact = new ContactFields(serverZone, built::putVariables);
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                parser.nextToken();
                contact.read(name, parser);
            }
            lead.addSecondaryContacts(built.from(contact).build());
        }
    }

    private static AutocallsCampaign campaign(JsonParser parser) throws IOException {
        JsonValues.requireObject(parser, "campaign");
        AutocallsCampaign.Builder campaign = AutocallsCampaign.builder();
        String id = null;
        Map<String, JsonValue> unknown = null;
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
