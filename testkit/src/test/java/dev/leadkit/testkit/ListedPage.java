package dev.leadkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of a sandbox's listing as a client reads it off the wire, in neutral words, for the tests that
 * run the same behaviour against every sandbox: the ids in the order served, the vendor's total, page count
 * and "more" flag, and each lead's JSON.
 *
 * @param ids        the leads' ids, as text, in the order served
 * @param total      the vendor's total of matching leads
 * @param totalPages the vendor's page count
 * @param more       whether the vendor says another page follows
 * @param leads      each lead's JSON, in the order served
 */
record ListedPage(List<String> ids, long total, int totalPages, boolean more, List<JsonNode> leads) {

    /** {@return the JSON of the lead with this id on this page, if it is here} */
    Optional<JsonNode> lead(String id) {
        return leads.stream().filter(lead -> lead.get("id").asText().equals(id)).findFirst();
    }

    /** The three sandboxes, each read with its own parameters, auth and envelope. */
    enum Vendor {
        AUTOCALLS("updated_at") {
            @Override
            Sandbox start(int leads, long seed, Clock clock) {
                return AutocallsSandbox.builder().leads(leads).seed(seed).clock(clock).start();
            }

            @Override
            ListedPage page(Sandbox sandbox, int page, int size, String extra) {
                JsonNode body = Http.get(sandbox.baseUrl() + "/user/leads?per_page=" + size + "&page=" + page + extra,
                        "Authorization", "Bearer " + sandbox.apiKey()).json();
                return of(body.get("data"), body.get("total").asLong(), body.get("last_page").asInt(),
                        !body.get("next_page_url").isNull());
            }
        },
        ORGLEADS("updatedAt") {
            @Override
            Sandbox start(int leads, long seed, Clock clock) {
                return OrgLeadsSandbox.builder().leads(leads).seed(seed).clock(clock).start();
            }

            @Override
            ListedPage page(Sandbox sandbox, int page, int size, String extra) {
                JsonNode body = Http.get(sandbox.baseUrl() + "/api/v1/leads?pageSize=" + size + "&page=" + page + extra,
                        "Authorization", "Bearer " + sandbox.apiKey()).json();
                JsonNode pagination = body.get("pagination");
                return of(body.get("data"), pagination.get("total").asLong(), pagination.get("totalPages").asInt(),
                        pagination.get("hasNextPage").asBoolean());
            }
        },
        TRACKING("updatedAt") {
            @Override
            Sandbox start(int leads, long seed, Clock clock) {
                return TrackingSandbox.builder().leads(leads).seed(seed).clock(clock).start();
            }

            @Override
            ListedPage page(Sandbox sandbox, int page, int size, String extra) {
                JsonNode body = Http.get(sandbox.baseUrl() + "/leads?limit=" + size + "&page=" + page + extra,
                        "X-API-KEY", sandbox.apiKey()).json();
                JsonNode pagination = body.get("meta").get("pagination");
                return of(body.get("data"), pagination.get("total").asLong(), pagination.get("totalPages").asInt(),
                        pagination.get("hasMore").asBoolean());
            }
        };

        /** The wire name of the lead's last-update field. */
        final String updatedAtField;

        Vendor(String updatedAtField) {
            this.updatedAtField = updatedAtField;
        }

        /** Starts a sandbox of this vendor with generated leads on {@code clock}. */
        abstract Sandbox start(int leads, long seed, Clock clock);

        /** Page {@code page} of {@code size} leads, with {@code extra} query parameters ({@code "&a=b"}) if any. */
        abstract ListedPage page(Sandbox sandbox, int page, int size, String extra);

        ListedPage page(Sandbox sandbox, int page, int size) {
            return page(sandbox, page, size, "");
        }

        private static ListedPage of(JsonNode data, long total, int totalPages, boolean more) {
            List<JsonNode> leads = new ArrayList<>();
            data.forEach(leads::add);
            return new ListedPage(leads.stream().map(lead -> lead.get("id").asText()).toList(), total, totalPages,
                    more, leads);
        }
    }
}
