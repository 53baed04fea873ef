package dev.leadkit.testkit;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadClient;
import dev.leadkit.orgleads.OrgLead;
import dev.leadkit.orgleads.OrgLeadQuery;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingField;
import dev.leadkit.tracking.TrackingLead;
import dev.leadkit.tracking.TrackingLeadQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Leads as the real clients decode them over loopback HTTP: from the sandboxes' generated listings, from
 * the vendor example bodies, and from hand-written bodies carrying what the sandboxes never send (nested
 * variables, unknown fields, odd {@code custom} fields), served by mockwebserver3. Every call decodes anew,
 * so two calls give equal leads that share nothing.
 */
final class DecodedLeads {

    /** Autocalls leads the sandbox never sends: nested object and array variables, unknown fields at every level. */
    static final String AUTOCALLS_RICH = """
            [
              {"id": 101, "campaign_id": 7, "phone_number": "+14155550101",
               "variables": {"customer_name": "Zoë \\"Z\\" Müller", "email": "zoe@example.com",
                             "plan": {"name": "pro", "seats": 12, "price": 1500.50,
                                      "tags": ["vip", 3, null, {"deep": [1.0, true]}]},
                             "score": 12345678901234567890, "ratio": 1e3, "optin": true, "nothing": null,
                             "list": ["a", "b"]},
               "status": "completed", "created_at": "2025-06-30 11:18:04", "updated_at": "2025-07-01 08:00:00",
               "campaign": {"id": 7, "name": "Solar", "budget": 1200.00, "owner": {"team": "east"}},
               "secondary_contacts": [
                 {"id": 102, "phone_number": "+14155550102",
                  "variables": {"customer_name": "Sam Müller", "email": "sam@example.com", "meta": {"x": [1]}},
                  "status": "created", "created_at": "2025-06-30 11:18:04", "updated_at": "2025-06-30 11:18:04",
                  "relation": {"kind": "partner", "since": 2019}},
                 {"id": "103", "phone_number": "+14155550103", "variables": [], "status": "scheduled",
                  "created_at": null, "updated_at": null}
               ],
               "priority": {"level": 2, "flags": ["hot", {"until": "2025-08-01"}]}, "source_label": "webinar",
               "retries": 3},
              {"id": 104, "campaign_id": null, "phone_number": "+14155550104", "variables": [],
               "status": "mystery-status", "created_at": "2025-06-30 11:18:04", "updated_at": "2025-06-30 11:18:04",
               "campaign": null, "secondary_contacts": null},
              {"id": 105, "phone_number": "+14155550105", "variables": {"email": "only@example.com"}, "status": "",
               "created_at": "2025-06-30 11:18:04", "updated_at": "2025-06-30 11:18:04"}
            ]
            """;

    /** OrgLeads: the vendor's example lead with fields of a later API version, and a lead with the nullable fields null. */
    static final String ORGLEADS_RICH = """
            {"data": [
              {"id": "65f0a000a000a000a000a001", "name": "Acme Co - Jane Doe",
               "phones": ["+14155550101", "+14155550109"], "emails": ["jane@acme.com", "j.doe@acme.com"],
               "primaryPhone": "+14155550101", "primaryEmail": "jane@acme.com",
               "contactId": "65f0a000a000a000a000a002", "company": "Acme Co", "source": "website",
               "status": "QUALIFIED", "notes": "Prefers \\"mornings\\"\\nCall back", "nextCallAt": "2026-05-02T10:30:00.000Z",
               "createdAt": "2026-04-21T09:00:00.000Z", "updatedAt": "2026-04-28T16:14:00.000Z",
               "assignedToId": "65e0a000a000a000a000a000", "clientId": "65d0a000a000a000a000a000",
               "score": 87.50, "tags": ["vip", {"since": 2024}], "meta": {"origin": {"form": "contact", "ab": [1, 2]}}},
              {"id": "65f0a000a000a000a000a003", "name": "", "phones": [], "emails": [],
               "primaryPhone": null, "primaryEmail": null, "contactId": "65f0a000a000a000a000a004",
               "company": null, "source": null, "status": "ARCHIVED", "notes": null, "nextCallAt": null,
               "createdAt": "2026-04-21T09:00:00.000Z", "updatedAt": "2026-04-21T09:00:00.000Z",
               "assignedToId": null, "clientId": null}
            ],
             "pagination": {"page": 1, "pageSize": 50, "total": 2, "totalPages": 1, "hasNextPage": false, "hasPrevPage": false}}
            """;

    /** Octanist leads with custom fields of every kind (nested JSON, an array, not JSON) and fields of a later API version. */
    static final String TRACKING_RICH = """
            {"success": true, "data": [
              {"id": "lead_rich1", "name": "Jane Doe", "email": "jane@example.com", "phone": "+31612345678",
               "status": "won", "value": 1500.50, "note": "Asked for a demo",
               "custom": "{\\"company\\":\\"Acme Inc\\",\\"size\\":{\\"employees\\":250,\\"sites\\":[\\"NL\\",\\"BE\\"]},\\"budget\\":1500.50}",
               "source": "inbound", "gclid": "Cj0KCQiA_gclid", "fbc": "fb.1.1700000000000.AbCdEf", "rdt_cid": "rdt_1",
               "li_fat_id": "li_1", "ad_storage": true, "analytics_storage": false,
               "createdAt": "2026-03-01T09:30:00.000Z", "updatedAt": "2026-03-05T14:15:30.250Z",
               "futureField": {"nested": [1, 2.50, {"deep": null}]}, "score": 12345678901234567890},
              {"id": "lead_rich2", "status": "win", "custom": "[1, 2, 3]", "value": "250.00",
               "createdAt": "2026-03-01T09:30:00.000Z"},
              {"id": "lead_rich3", "status": "open", "custom": "not json {", "source": "carrier-pigeon",
               "createdAt": "2026-03-01T09:30:00.000Z"},
              {"id": "lead_rich4", "status": "lost", "custom": {"company": "Sent as an object"},
               "lossReason": "Too expensive", "createdAt": "2026-03-01T09:30:00.000Z"}
            ],
             "meta": {"pagination": {"limit": 50, "page": 1, "totalPages": 1, "total": 4, "hasMore": false},
                      "requestId": "req_rich", "timestamp": "2026-03-10T12:00:00.000Z"}}
            """;

    private DecodedLeads() {
    }

    // ---- sandboxes: every lead of a generated listing

    static List<AutocallsLead> autocallsSandbox() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(300).seed(11).start();
             AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            return client.leads().list(AutocallsLeadQuery.builder().perPage(100).build()).stream().toList();
        }
    }

    static List<OrgLead> orgLeadsSandbox() {
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(300).seed(12).start();
             OrgLeadsClient client = OrgLeadsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            return client.leads().list(OrgLeadQuery.builder().pageSize(100).build()).stream().toList();
        }
    }

    static List<TrackingLead> trackingSandbox() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(300).seed(13).start();
             TrackingClient client = TrackingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            return client.leads().list(TrackingLeadQuery.builder().limit(100).build()).stream().toList();
        }
    }

    /** Partial leads, as a {@code fields=} selection returns them: only id, name and email set. */
    static List<TrackingLead> trackingSandboxProjection() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(120).seed(14).start();
             TrackingClient client = TrackingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            return client.leads().list(TrackingLeadQuery.builder().limit(100)
                    .fields(TrackingField.ID, TrackingField.NAME, TrackingField.EMAIL).build()).stream().toList();
        }
    }

    // ---- bodies served by mockwebserver3, read as page 1 by the real client

    static List<AutocallsLead> autocalls(String body) {
        return firstPage(body, "/api", AutocallsClient.builder());
    }

    static List<OrgLead> orgLeads(String body) {
        return firstPage(body, "/", OrgLeadsClient.builder());
    }

    static List<TrackingLead> tracking(String body) {
        return firstPage(body, "/api", TrackingClient.builder());
    }

    /** Every lead of every vendor example body of the Autocalls platform (Autocalls, Aiployees, Sondos). */
    static List<AutocallsLead> autocallsFixtures() {
        List<AutocallsLead> leads = new ArrayList<>();
        for (String name : List.of("autocalls-list-leads.json", "aiployees-list-leads.json", "sondos-list-leads.json")) {
            leads.addAll(autocalls(fixture(name)));
        }
        return leads;
    }

    static List<OrgLead> orgLeadsFixtures() {
        return orgLeads(fixture("orgleads-list-leads.json"));
    }

    static List<TrackingLead> trackingFixtures() {
        List<TrackingLead> leads = new ArrayList<>();
        for (String name : List.of("tracking-get-leads.json", "tracking-leads-page.json", "tracking-projection-page.json",
                "tracking-legacy-array.json")) {
            leads.addAll(tracking(fixture(name)));
        }
        return leads;
    }

    /** Every Autocalls lead the tests know: sandbox, vendor examples, the rich body. */
    static List<AutocallsLead> allAutocalls() {
        return concat(autocallsSandbox(), autocallsFixtures(), autocalls(AUTOCALLS_RICH));
    }

    static List<OrgLead> allOrgLeads() {
        return concat(orgLeadsSandbox(), orgLeadsFixtures(), orgLeads(ORGLEADS_RICH));
    }

    static List<TrackingLead> allTracking() {
        return concat(trackingSandbox(), trackingSandboxProjection(), trackingFixtures(), tracking(TRACKING_RICH));
    }

    @SafeVarargs
    private static <L> List<L> concat(List<L>... lists) {
        List<L> all = new ArrayList<>();
        for (List<L> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    static String fixture(String name) {
        return resource("/vendor/" + name);
    }

    /** A test resource's text, by its path on the class path. */
    static String resource(String path) {
        try (InputStream in = DecodedLeads.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code body} to every request and reads page 1 with the real client: the page's leads. */
    private static <Q, L extends Lead, C extends LeadClient<Q, L>> List<L> firstPage(String body, String basePath,
            ClientBuilder<C> builder) {
        return withServer(body, basePath, baseUrl -> {
            try (C client = builder.apiKey("sk_contract_tests_0123456789").baseUrl(baseUrl).maxRetries(0).build()) {
                return client.leads().list().page(1).items();
            }
        });
    }

    private static <T> T withServer(String body, String basePath, Function<String, T> use) {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                            .body(body).build();
                }
            });
            server.start();
            return use.apply(server.url(basePath).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
