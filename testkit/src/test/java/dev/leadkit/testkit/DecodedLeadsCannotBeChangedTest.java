package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.autocalls.AutocallsCampaign;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsSecondaryContact;
import dev.leadkit.core.Lead;
import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import dev.leadkit.orgleads.OrgLead;
import dev.leadkit.tracking.TrackingLead;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route to change a decoded lead fails or changes nothing: the collections its accessors hand out,
 * the JSON values inside them, casts to mutable types, builders copying it, and the maps and lists given
 * to a builder. After every attempt the lead still equals a freshly decoded copy, writes the same JSON, has
 * the hashCode it had, and is still found in the {@code HashSet} it was put in first.
 *
 * <p>The tests share the decoded leads (decoding them for each test would cost seconds each): should a route
 * ever succeed in changing a lead, later tests may fail on what it left behind, so read the first failure,
 * whose message names the route and the lead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecodedLeadsCannotBeChangedTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private List<Guarded<AutocallsLead>> autocalls;
    private List<Guarded<OrgLead>> orgLeads;
    private List<Guarded<TrackingLead>> tracking;

    @BeforeAll
    void decodeEveryLeadTwice() {
        autocalls = guard(DecodedLeads.allAutocalls(), DecodedLeads.allAutocalls(),
                lead -> List.of(lead.status(), lead.name(), lead.phones(), lead.emails(), lead.variables(),
                        lead.additionalProperties(), lead.secondaryContacts(), lead.campaign()));
        orgLeads = guard(DecodedLeads.allOrgLeads(), DecodedLeads.allOrgLeads(),
                lead -> List.of(lead.status(), lead.phones(), lead.emails(), lead.additionalProperties()));
        tracking = guard(DecodedLeads.allTracking(), DecodedLeads.allTracking(),
                lead -> List.of(lead.status(), lead.source(), lead.customFields(), lead.clickIds(), lead.phones(),
                        lead.emails(), lead.additionalProperties()));
        // what the routes below are meant to reach is there
        assertThat(autocalls).extracting(g -> g.lead)
                .anyMatch(lead -> lead.secondaryContacts().size() > 1)
                .anyMatch(lead -> lead.campaign().map(c -> !c.additionalProperties().isEmpty()).orElse(false))
                .anyMatch(lead -> lead.variables().values().stream().anyMatch(v -> v instanceof JsonObject))
                .anyMatch(lead -> lead.additionalProperties().values().stream().anyMatch(v -> v instanceof JsonObject))
                .anyMatch(lead -> lead.variables().values().stream().anyMatch(v -> v instanceof JsonArray));
        assertThat(orgLeads).extracting(g -> g.lead)
                .anyMatch(lead -> lead.phones().size() > 1)
                .anyMatch(lead -> !lead.additionalProperties().isEmpty());
        assertThat(tracking).extracting(g -> g.lead)
                .anyMatch(lead -> lead.customFields().map(m -> m.size() > 1).orElse(false))
                .anyMatch(lead -> lead.clickIds().size() > 1)
                .anyMatch(lead -> !lead.additionalProperties().isEmpty());
    }

    /** A decoded lead, an equal one decoded separately, its hashCode, and a HashSet it was put in first. */
    static final class Guarded<L extends Lead> {
        final L lead;
        final L fresh;
        final int hash;
        final Set<L> set = new HashSet<>();
        final Function<L, List<Object>> views;

        Guarded(L lead, L fresh, Function<L, List<Object>> views) {
            this.lead = lead;
            this.fresh = fresh;
            this.views = views;
            this.hash = lead.hashCode();
            set.add(lead);
            check("as decoded");
        }

        /** Runs one attempt to change the lead: it may fail, but it must not change anything. */
        void attempt(String route, Runnable change) {
            try {
                change.run();
            } catch (UnsupportedOperationException refused) {
                // failing is one of the two right answers
            }
            check(route);
        }

        void check(String route) {
            String what = route + " on " + lead.platform().id() + " lead " + fresh.id();
            assertThat(lead).as(what).isEqualTo(fresh);
            assertThat(fresh).as(what).isEqualTo(lead);
            assertThat(lead.hashCode()).as(what).isEqualTo(hash);
            assertThat(set).as(what).contains(lead).contains(fresh);
            assertThat(views.apply(lead)).as(what).isEqualTo(views.apply(fresh));
            assertThat(json(lead)).as(what).isEqualTo(json(fresh));
            assertThat(lead.toString()).as(what).isEqualTo(fresh.toString());
        }
    }

    private static <L extends Lead> List<Guarded<L>> guard(List<L> leads, List<L> fresh, Function<L, List<Object>> views) {
        assertThat(leads).hasSameSizeAs(fresh);
        List<Guarded<L>> guarded = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            assertThat(leads.get(i)).isNotSameAs(fresh.get(i));
            guarded.add(new Guarded<>(leads.get(i), fresh.get(i), views));
        }
        return guarded;
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the routes

    /** Every way to change a map, on the map itself and on its views; raw, so anything can be put. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void mapRoutes(Guarded<?> guarded, String name, Map<String, ?> typed) {
        Map map = typed;
        guarded.attempt(name + ".put(new)", () -> map.put("leadkit-test-new", JsonValue.of("x")));
        guarded.attempt(name + ".put(new, String)", () -> map.put("leadkit-test-raw", "raw"));
        guarded.attempt(name + ".putAll", () -> map.putAll(Map.of("leadkit-test-all", JsonNull.INSTANCE)));
        guarded.attempt(name + ".putIfAbsent", () -> map.putIfAbsent("leadkit-test-absent", JsonNull.INSTANCE));
        guarded.attempt(name + ".remove(absent)", () -> map.remove("leadkit-test-absent"));
        guarded.attempt(name + ".clear", map::clear);
        guarded.attempt(name + ".keySet().clear", () -> map.keySet().clear());
        guarded.attempt(name + ".values().clear", () -> map.values().clear());
        guarded.attempt(name + ".entrySet().clear", () -> map.entrySet().clear());
        guarded.attempt(name + ".replaceAll", () -> map.replaceAll((k, v) -> JsonNull.INSTANCE));
        for (Object key : new ArrayList<>(typed.keySet())) {
            guarded.attempt(name + ".put(" + key + ")", () -> map.put(key, JsonValue.of("changed")));
            guarded.attempt(name + ".remove(" + key + ")", () -> map.remove(key));
            guarded.attempt(name + ".compute(" + key + ")", () -> map.compute(key, (k, v) -> null));
            guarded.attempt(name + ".merge(" + key + ")", () -> map.merge(key, JsonNull.INSTANCE, (a, b) -> b));
            guarded.attempt(name + ".keySet().remove(" + key + ")", () -> map.keySet().remove(key));
        }
        if (!typed.isEmpty()) {
            guarded.attempt(name + ".entry.setValue", () -> ((Map.Entry) map.entrySet().iterator().next()).setValue(JsonNull.INSTANCE));
            guarded.attempt(name + ".entrySet().iterator().remove", () -> {
                Iterator<?> entries = map.entrySet().iterator();
                entries.next();
                entries.remove();
            });
        }
    }

    /** Every way to change a list; raw, so anything can be added. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void listRoutes(Guarded<?> guarded, String name, List<?> typed, Object element) {
        List list = typed;
        guarded.attempt(name + ".add", () -> list.add(element));
        guarded.attempt(name + ".add(0)", () -> list.add(0, element));
        guarded.attempt(name + ".add(raw)", () -> list.add("raw"));
        guarded.attempt(name + ".addAll", () -> list.addAll(List.of(element)));
        guarded.attempt(name + ".clear", list::clear);
        guarded.attempt(name + ".removeIf", () -> list.removeIf(x -> true));
        guarded.attempt(name + ".listIterator().add", () -> list.listIterator().add(element));
        if (!typed.isEmpty()) {
            guarded.attempt(name + ".set(0)", () -> list.set(0, element));
            guarded.attempt(name + ".remove(0)", () -> list.remove(0));
            guarded.attempt(name + ".replaceAll", () -> list.replaceAll(x -> element));
            guarded.attempt(name + ".sort", () -> list.sort((a, b) -> String.valueOf(b).compareTo(String.valueOf(a))));
            guarded.attempt(name + ".iterator().remove", () -> {
                Iterator<?> elements = list.iterator();
                elements.next();
                elements.remove();
            });
        }
    }

    /** The routes into every object and array nested in a JSON value, at every depth. */
    private static void jsonRoutes(Guarded<?> guarded, String name, JsonValue value) {
        if (value instanceof JsonObject object) {
            mapRoutes(guarded, name + ".members()", object.members());
            mapRoutes(guarded, name + ".asObject()", object.asObject().orElseThrow());
            object.members().forEach((member, inner) -> jsonRoutes(guarded, name + "." + member, inner));
        } else if (value instanceof JsonArray array) {
            listRoutes(guarded, name + ".elements()", array.elements(), JsonNull.INSTANCE);
            listRoutes(guarded, name + ".asArray()", array.asArray().orElseThrow(), JsonNull.INSTANCE);
            for (int i = 0; i < array.elements().size(); i++) {
                jsonRoutes(guarded, name + "[" + i + "]", array.elements().get(i));
            }
        }
    }

    private static void jsonMapRoutes(Guarded<?> guarded, String name, Map<String, JsonValue> map) {
        mapRoutes(guarded, name, map);
        map.forEach((member, value) -> jsonRoutes(guarded, name + "." + member, value));
    }

    private static AutocallsSecondaryContact someContact() {
        return AutocallsSecondaryContact.builder().id("999").phoneNumber("+19999999999").statusValue("created").build();
    }

    // ---- Autocalls

    @Test
    void anAutocallsLeadsVariablesCannotBeChanged() {
        for (Guarded<AutocallsLead> g : autocalls) {
            jsonMapRoutes(g, "variables()", g.lead.variables());
        }
    }

    @Test
    void anAutocallsLeadsUnknownFieldsCannotBeChanged() {
        for (Guarded<AutocallsLead> g : autocalls) {
            jsonMapRoutes(g, "additionalProperties()", g.lead.additionalProperties());
        }
    }

    @Test
    void anAutocallsLeadsSecondaryContactsCannotBeAddedRemovedOrChanged() {
        for (Guarded<AutocallsLead> g : autocalls) {
            listRoutes(g, "secondaryContacts()", g.lead.secondaryContacts(), someContact());
            for (AutocallsSecondaryContact contact : g.lead.secondaryContacts()) {
                jsonMapRoutes(g, "secondaryContact.variables()", contact.variables());
                jsonMapRoutes(g, "secondaryContact.additionalProperties()", contact.additionalProperties());
            }
        }
    }

    @Test
    void anAutocallsLeadsCampaignCannotBeChanged() {
        for (Guarded<AutocallsLead> g : autocalls) {
            g.lead.campaign().ifPresent(campaign ->
                    jsonMapRoutes(g, "campaign().additionalProperties()", campaign.additionalProperties()));
        }
    }

    @Test
    void anAutocallsLeadsPhonesAndEmailsCannotBeChanged() {
        for (Guarded<AutocallsLead> g : autocalls) {
            listRoutes(g, "phones()", g.lead.phones(), "+10000000000");
            listRoutes(g, "emails()", g.lead.emails(), "new@example.com");
        }
    }

    // ---- OrgLeads

    @Test
    void anOrgLeadsPhonesEmailsAndUnknownFieldsCannotBeChanged() {
        for (Guarded<OrgLead> g : orgLeads) {
            listRoutes(g, "phones()", g.lead.phones(), "+10000000000");
            listRoutes(g, "emails()", g.lead.emails(), "new@example.com");
            jsonMapRoutes(g, "additionalProperties()", g.lead.additionalProperties());
        }
    }

    // ---- Tracking

    @Test
    void aTrackingLeadsParsedCustomFieldsCannotBeChanged() {
        for (Guarded<TrackingLead> g : tracking) {
            g.lead.customFields().ifPresent(custom -> jsonMapRoutes(g, "customFields().get()", custom));
        }
    }

    @Test
    void aTrackingLeadsClickIdsPhonesEmailsAndUnknownFieldsCannotBeChanged() {
        for (Guarded<TrackingLead> g : tracking) {
            mapRoutes(g, "clickIds()", g.lead.clickIds());
            listRoutes(g, "phones()", g.lead.phones(), "+10000000000");
            listRoutes(g, "emails()", g.lead.emails(), "new@example.com");
            jsonMapRoutes(g, "additionalProperties()", g.lead.additionalProperties());
        }
    }

    // ---- casts

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void castingWhatAnAccessorReturnsToAMutableTypeAndChangingItFails() {
        List<Map> maps = new ArrayList<>();
        List<List> lists = new ArrayList<>();
        List<Guarded<?>> owners = new ArrayList<>();
        for (Guarded<AutocallsLead> g : autocalls) {
            AutocallsLead lead = g.lead;
            maps.addAll(List.of(lead.variables(), lead.additionalProperties()));
            lists.addAll(List.of(lead.secondaryContacts(), lead.phones(), lead.emails()));
            lead.campaign().map(AutocallsCampaign::additionalProperties).ifPresent(maps::add);
            lead.secondaryContacts().forEach(c -> maps.addAll(List.of(c.variables(), c.additionalProperties())));
            lead.variables().values().forEach(v -> {
                v.asObject().ifPresent(maps::add);
                v.asArray().ifPresent(lists::add);
            });
        }
        for (Guarded<OrgLead> g : orgLeads) {
            maps.add(g.lead.additionalProperties());
            lists.addAll(List.of(g.lead.phones(), g.lead.emails()));
        }
        for (Guarded<TrackingLead> g : tracking) {
            maps.addAll(List.of(g.lead.clickIds(), g.lead.additionalProperties()));
            g.lead.customFields().ifPresent(maps::add);
            lists.addAll(List.of(g.lead.phones(), g.lead.emails()));
        }
        owners.addAll(autocalls);
        owners.addAll(orgLeads);
        owners.addAll(tracking);

        for (Map map : maps) {
            assertThatThrownBy(() -> map.put("leadkit-test-cast", "raw")).as("put on %s", map.getClass())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
        for (List list : lists) {
            assertThatThrownBy(() -> list.add("raw")).as("add on %s", list.getClass())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
        for (Guarded<?> g : owners) {
            g.check("casts");
        }
    }

    // ---- builders

    @Test
    void anAutocallsLeadRebuiltAndChangedLeavesTheOriginalAsDecoded() {
        for (Guarded<AutocallsLead> g : autocalls) {
            AutocallsLead changed = AutocallsLead.builder().from(g.lead)
                    .id("changed").phoneNumber("+10000000000").statusValue("blacklisted")
                    .putVariables("leadkit-test", JsonValue.of(1))
                    .putAdditionalProperties("leadkit-test", JsonNull.INSTANCE)
                    .addSecondaryContacts(someContact())
                    .campaign(Optional.empty())
                    .build();

            assertThat(changed).isNotEqualTo(g.lead);
            assertThat(changed.variables()).containsEntry("leadkit-test", JsonValue.of(1));
            g.check("builder().from(lead) changed");
        }
    }

    @Test
    void anOrgLeadRebuiltAndChangedLeavesTheOriginalAsDecoded() {
        for (Guarded<OrgLead> g : orgLeads) {
            OrgLead changed = OrgLead.builder().from(g.lead).addPhones("+10000000000").addEmails("new@example.com")
                    .putAdditionalProperties("leadkit-test", JsonNull.INSTANCE).statusValue("LOST").build();

            assertThat(changed).isNotEqualTo(g.lead);
            assertThat(changed.phones()).endsWith("+10000000000");
            g.check("builder().from(lead) changed");
        }
    }

    @Test
    void aTrackingLeadRebuiltAndChangedLeavesTheOriginalAsDecoded() {
        for (Guarded<TrackingLead> g : tracking) {
            TrackingLead changed = TrackingLead.builder().from(g.lead).custom("{\"leadkit\":\"test\"}").gclid("changed")
                    .putAdditionalProperties("leadkit-test", JsonNull.INSTANCE).build();

            assertThat(changed).isNotEqualTo(g.lead);
            assertThat(changed.customFields()).contains(Map.of("leadkit", JsonValue.of("test")));
            g.check("builder().from(lead) changed");
        }
    }

    @Test
    void aBuilderChangedAfterBuildLeavesWhatItBuiltAsItWas() {
        AutocallsLead decoded = autocalls.stream().map(g -> g.lead).filter(l -> !l.secondaryContacts().isEmpty())
                .filter(l -> !l.additionalProperties().isEmpty()).findFirst().orElseThrow();
        AutocallsLead.Builder builder = AutocallsLead.builder().from(decoded);
        AutocallsLead built = builder.build();
        String before = json(built);
        int hash = built.hashCode();

        builder.putVariables("leadkit-test", JsonValue.of(1)).putAdditionalProperties("leadkit-test", JsonNull.INSTANCE)
                .addSecondaryContacts(someContact()).id("changed");

        assertThat(built).isEqualTo(decoded);
        assertThat(json(built)).isEqualTo(before);
        assertThat(built.hashCode()).isEqualTo(hash);
        assertThat(builder.build()).isNotEqualTo(decoded);
    }

    @Test
    void mapsAndListsGivenToAnAutocallsBuilderAndChangedAfterBuildDoNotChangeTheLead() {
        AutocallsLead decoded = autocalls.stream().map(g -> g.lead).filter(l -> l.secondaryContacts().size() > 1)
                .findFirst().orElseThrow();
        Map<String, JsonValue> variables = new LinkedHashMap<>(decoded.variables());
        Map<String, JsonValue> unknown = new LinkedHashMap<>(decoded.additionalProperties());
        List<AutocallsSecondaryContact> contacts = new ArrayList<>(decoded.secondaryContacts());
        Map<String, JsonValue> nested = new LinkedHashMap<>();
        nested.put("a", JsonValue.of(1));
        nested.put("b", JsonValue.of(2));
        List<JsonValue> elements = new ArrayList<>(List.of(JsonValue.of("x"), JsonValue.of("y")));
        AutocallsLead built = AutocallsLead.builder().from(decoded).variables(variables).additionalProperties(unknown)
                .secondaryContacts(contacts).putVariables("nested", new JsonObject(nested))
                .putVariables("array", new JsonArray(elements)).build();
        AutocallsLead same = AutocallsLead.builder().from(decoded)
                .putVariables("nested", JsonValue.parse("{\"a\":1,\"b\":2}"))
                .putVariables("array", JsonValue.parse("[\"x\",\"y\"]")).build();
        Set<AutocallsLead> set = new HashSet<>(Set.of(built));
        int hash = built.hashCode();

        variables.put("leadkit-test", JsonValue.of(1));
        variables.clear();
        unknown.put("leadkit-test", JsonNull.INSTANCE);
        contacts.add(someContact());
        contacts.remove(0);
        nested.put("c", JsonValue.of(3));
        nested.remove("a");
        elements.add(JsonNull.INSTANCE);
        elements.set(0, JsonValue.of("changed"));

        assertThat(built).isEqualTo(same);
        assertThat(json(built)).isEqualTo(json(same));
        assertThat(built.hashCode()).isEqualTo(hash);
        assertThat(set).contains(built);
        assertThat(built.secondaryContacts()).containsExactlyElementsOf(decoded.secondaryContacts());
    }

    @Test
    void listsAndMapsGivenToOrgAndTrackingBuildersAndChangedAfterBuildDoNotChangeTheLead() {
        OrgLead org = orgLeads.stream().map(g -> g.lead).filter(l -> l.phones().size() > 1).findFirst().orElseThrow();
        List<String> phones = new ArrayList<>(org.phones());
        List<String> emails = new ArrayList<>(org.emails());
        Map<String, JsonValue> orgUnknown = new LinkedHashMap<>(org.additionalProperties());
        OrgLead builtOrg = OrgLead.builder().from(org).phones(phones).emails(emails).additionalProperties(orgUnknown).build();
        TrackingLead track = tracking.stream().map(g -> g.lead).filter(l -> !l.additionalProperties().isEmpty())
                .findFirst().orElseThrow();
        Map<String, JsonValue> trackUnknown = new LinkedHashMap<>(track.additionalProperties());
        TrackingLead builtTrack = TrackingLead.builder().from(track).additionalProperties(trackUnknown).build();

        phones.add("+10000000000");
        phones.remove(0);
        emails.clear();
        orgUnknown.put("leadkit-test", JsonNull.INSTANCE);
        trackUnknown.clear();

        assertThat(builtOrg).isEqualTo(org);
        assertThat(builtOrg.phones()).containsExactlyElementsOf(org.phones());
        assertThat(builtTrack).isEqualTo(track);
        assertThat(builtTrack.additionalProperties()).isEqualTo(track.additionalProperties());
    }

    @Test
    void everyLeadIsStillFoundInItsHashSetAfterEveryAttempt() {
        Collection<Guarded<?>> all = new ArrayList<>(autocalls);
        all.addAll(orgLeads);
        all.addAll(tracking);
        Set<Lead> everyLead = new HashSet<>();
        all.forEach(g -> everyLead.add(g.lead));
        for (Guarded<?> g : all) {
            mapRoutes(g, "additionalProperties() again", additionalProperties(g.lead));
            assertThat(everyLead).contains(g.lead, g.fresh);
        }
    }

    private static Map<String, JsonValue> additionalProperties(Lead lead) {
        if (lead instanceof AutocallsLead autocallsLead) {
            return autocallsLead.additionalProperties();
        }
        if (lead instanceof OrgLead orgLead) {
            return orgLead.additionalProperties();
        }
        return ((TrackingLead) lead).additionalProperties();
    }
}
