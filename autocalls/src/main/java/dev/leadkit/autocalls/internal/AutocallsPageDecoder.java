package dev.leadkit.autocalls.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.autocalls.AutocallsCampaign;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsSecondaryContact;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.http.MalformedBodyException;
import dev.leadkit.core.internal.json.Json;
import dev.leadkit.core.internal.json.JsonFields;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Decodes a {@code GET /user/leads} body into a {@link Page}. Pure: bytes in, page out. Three shapes are
 * read:
 * <ul>
 *   <li>Laravel's length-aware paginator {@code {"current_page", "data": [...], "last_page", "total"}}
 *       (Autocalls, Aiployees): another page follows while the requested page is before {@code last_page};
 *   <li>a bare array {@code [...]} (the Sondos page's example) and
 *   <li>{@code {"leads": [...]}} (the Sondos page's field list): both are the whole listing in one page.
 * </ul>
 * The page's number is always the number requested: {@code next_page_url} and its kin are never read.
 */
public final class AutocallsPageDecoder {

    private static final Set<String> LEAD_FIELDS = Set.of("id", "campaign_id", "phone_number", "variables", "status",
            "created_at", "updated_at", "campaign", "secondary_contacts");
    private static final Set<String> CONTACT_FIELDS = Set.of("id", "phone_number", "variables", "status",
            "created_at", "updated_at");
    private static final Set<String> CAMPAIGN_FIELDS = Set.of("id", "name");

    private final ZoneId serverZone;

    /**
     * @param serverZone the zone of timestamps without an offset ({@code 2025-06-30 11:18:04})
     */
    public AutocallsPageDecoder(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    /**
     * @param body   the response body
     * @param number the page number that was requested
     * @return the page
     * @throws IOException when the body is not JSON
     */
    public Page<AutocallsLead> decode(byte[] body, int number) throws IOException {
        JsonNode root = Json.MAPPER.readTree(body);
        if (root == null || root.isMissingNode()) {
            throw new MalformedBodyException("the body is empty");
        }
        if (root.isArray()) {
            return wholeListing(leads(root), number);
        }
        if (root.isObject() && root.get("data") != null && root.get("data").isArray()) {
            return paginated(root, number);
        }
        if (root.isObject() && root.get("leads") != null && root.get("leads").isArray()) {
            return wholeListing(leads(root.get("leads")), number);
        }
        throw new MalformedBodyException("expected a paginator object with a 'data' array, a 'leads' array, or an array");
    }

    private Page<AutocallsLead> paginated(JsonNode root, int number) {
        List<AutocallsLead> leads = leads(root.get("data"));
        OptionalLong lastPage = JsonFields.longValue(root, "last_page");
        OptionalLong total = JsonFields.longValue(root, "total");
        if (lastPage.isPresent() && total.isPresent()) {
            return Page.of(leads, number, number < lastPage.getAsLong(), total.getAsLong(), (int) lastPage.getAsLong());
        }
        // Laravel's simple paginator has no totals; it says whether more follow through next_page_url.
        boolean hasNext = JsonFields.text(root, "next_page_url").isPresent();
        return Page.withoutTotals(leads, number, hasNext);
    }

    /** An unpaginated answer is the whole listing: page 1 holds it all, later pages are empty. */
    private static Page<AutocallsLead> wholeListing(List<AutocallsLead> leads, int number) {
        return Page.of(number == 1 ? leads : List.of(), number, false, leads.size(), 1);
    }

    private List<AutocallsLead> leads(JsonNode array) {
        List<AutocallsLead> leads = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            leads.add(lead(node));
        }
        return leads;
    }

    private AutocallsLead lead(JsonNode node) {
        requireObject(node, "lead");
        AutocallsLead.Builder lead = AutocallsLead.builder()
                .id(JsonFields.requiredId(node, "id"))
                .campaignId(JsonFields.longValue(node, "campaign_id"))
                .phoneNumber(JsonFields.requiredText(node, "phone_number"))
                .variables(JsonFields.objectMap(node, "variables"))
                .statusValue(JsonFields.text(node, "status").orElse(""))
                .createdAt(JsonFields.instant(node, "created_at", serverZone))
                .updatedAt(JsonFields.instant(node, "updated_at", serverZone))
                .additionalProperties(JsonFields.unknownFields(node, LEAD_FIELDS));
        JsonNode campaign = node.get("campaign");
        if (!JsonFields.isMissing(campaign)) {
            lead.campaign(campaign(campaign));
        }
        JsonNode contacts = node.get("secondary_contacts");
        if (!JsonFields.isMissing(contacts)) {
            if (!contacts.isArray()) {
                throw new MalformedBodyException("field 'secondary_contacts' should be an array but is " + contacts.getNodeType());
            }
            for (JsonNode contact : contacts) {
                lead.addSecondaryContacts(secondaryContact(contact));
            }
        }
        return lead.build();
    }

    private AutocallsSecondaryContact secondaryContact(JsonNode node) {
        requireObject(node, "secondary contact");
        return AutocallsSecondaryContact.builder()
                .id(JsonFields.requiredId(node, "id"))
                .phoneNumber(JsonFields.requiredText(node, "phone_number"))
                .variables(JsonFields.objectMap(node, "variables"))
                .statusValue(JsonFields.text(node, "status").orElse(""))
                .createdAt(JsonFields.instant(node, "created_at", serverZone))
                .updatedAt(JsonFields.instant(node, "updated_at", serverZone))
                .additionalProperties(JsonFields.unknownFields(node, CONTACT_FIELDS))
                .build();
    }

    private static AutocallsCampaign campaign(JsonNode node) {
        requireObject(node, "campaign");
        return AutocallsCampaign.builder()
                .id(JsonFields.requiredId(node, "id"))
                .name(JsonFields.text(node, "name"))
                .additionalProperties(JsonFields.unknownFields(node, CAMPAIGN_FIELDS))
                .build();
    }

    private static void requireObject(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new MalformedBodyException("each " + what + " should be an object but one is " + node.getNodeType());
        }
    }
}
