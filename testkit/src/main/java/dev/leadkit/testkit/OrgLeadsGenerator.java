package dev.leadkit.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generates orgleads leads: Mongo-style 24-hex ids, {@code Company - Person} names for most, one or two
 * phones (a few none), emails lowercased, five statuses, a next call scheduled for about 60 %, four org
 * members plus unassigned, creation from 2026-01-05 over 110 days.
 */
final class OrgLeadsGenerator {

    static final String[] STATUSES = {"NOT_CONTACTED", "CONTACTED", "QUALIFIED", "CONVERTED", "LOST"};
    private static final int[] STATUS_WEIGHTS = {30, 30, 20, 10, 10};
    private static final String[] SOURCES = {"website", "referral", "linkedin", "cold-call", "event", "partner"};
    private static final String[] NOTES = {"Asked for a quote", "Call back after 3pm", "Decision maker is the CFO",
            "Interested in the annual plan", "Wants a demo next week", "Budget approved for Q3"};
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private OrgLeadsGenerator() {
    }

    /** The org members leads are assigned to, derived from the seed. */
    static List<String> members(long seed) {
        FakeData fake = new FakeData(seed ^ 0x5DEECE66DL);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add("65e0" + fake.hex(20));
        }
        return members;
    }

    static List<OrgLeadsSandboxLead> generate(int count, long seed) {
        FakeData fake = new FakeData(seed);
        List<String> members = members(seed);
        List<Instant> created = fake.ascendingInstants(count, START, Duration.ofDays(110));
        List<OrgLeadsSandboxLead> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = fake.firstName();
            String last = fake.lastName();
            Optional<String> company = fake.chance(0.75) ? Optional.of(fake.company()) : Optional.empty();
            String name = company.map(c -> c + " - ").orElse("") + first + " " + last;
            List<String> phones = new ArrayList<>();
            if (fake.chance(0.95)) {
                phones.add(fake.phone());
                if (fake.chance(0.2)) {
                    phones.add(fake.phone());
                }
            }
            List<String> emails = new ArrayList<>();
            if (fake.chance(0.9)) {
                emails.add(fake.email(first, last, company.map(FakeData::domainOf).orElse(null)));
                if (fake.chance(0.1)) {
                    emails.add(fake.email(first, last, null));
                }
            }
            String status = fake.weighted(STATUSES, STATUS_WEIGHTS);
            Instant createdAt = created.get(i);
            Instant updatedAt = createdAt.plus(fake.upTo(Duration.ofDays(10)));
            Optional<Instant> nextCallAt = !status.equals("CONVERTED") && !status.equals("LOST") && fake.chance(0.7)
                    ? Optional.of(Instant.parse("2026-05-01T08:00:00Z").plus(fake.upTo(Duration.ofDays(30)))
                            .truncatedTo(ChronoUnit.MINUTES))
                    : Optional.empty();
            leads.add(new OrgLeadsSandboxLead(
                    "65f0" + fake.hex(20),
                    name, phones, emails, "65f1" + fake.hex(20), company,
                    fake.chance(0.8) ? Optional.of(fake.pick(SOURCES)) : Optional.empty(),
                    status,
                    fake.chance(0.3) ? Optional.of(fake.pick(NOTES)) : Optional.empty(),
                    nextCallAt, createdAt, updatedAt,
                    fake.chance(0.8) ? Optional.of(members.get(fake.between(0, members.size() - 1))) : Optional.empty(),
                    status.equals("CONVERTED") ? Optional.of("65f2" + fake.hex(20)) : Optional.empty()));
        }
        return leads;
    }

    /**
     * How Nexus ERP leads change: a new lead is {@code NOT_CONTACTED}, with a fresh id; an update is a call
     * made or scheduled, so it changes {@code nextCallAt} (a scheduled call is cleared or moved, a lead without
     * one gets one, within two weeks of the update, on a whole minute) and the lead moves in the vendor's
     * order; a lead not yet contacted becomes {@code CONTACTED}. Timestamps are milliseconds.
     */
    static final class Mutations implements LeadMutations<OrgLeadsSandboxLead> {

        @Override
        public ChronoUnit precision() {
            return ChronoUnit.MILLIS;
        }

        @Override
        public OrgLeadsSandboxLead create(FakeData fake, Instant stamp, List<OrgLeadsSandboxLead> held) {
            OrgLeadsSandboxLead template = generate(1, fake.seed()).get(0);
            String id = LeadMutations.freshId(held, () -> "65f0" + fake.hex(20));
            return new OrgLeadsSandboxLead(id, template.name(), template.phones(), template.emails(),
                    template.contactId(), template.company(), template.source(), "NOT_CONTACTED", template.notes(),
                    template.nextCallAt(), stamp, stamp, template.assignedToId(), Optional.empty());
        }

        @Override
        public OrgLeadsSandboxLead update(OrgLeadsSandboxLead lead, FakeData fake, Instant stamp) {
            Optional<Instant> nextCall = lead.nextCallAt().isPresent() && fake.chance(0.5) ? Optional.empty()
                    : Optional.of(stamp.plus(Duration.ofMinutes(fake.between(1, 14 * 24 * 60)))
                            .truncatedTo(ChronoUnit.MINUTES));
            if (nextCall.equals(lead.nextCallAt())) {
                nextCall = Optional.of(nextCall.get().plus(Duration.ofMinutes(1)));
            }
            String status = lead.status().equals("NOT_CONTACTED") ? "CONTACTED" : lead.status();
            return new OrgLeadsSandboxLead(lead.id(), lead.name(), lead.phones(), lead.emails(), lead.contactId(),
                    lead.company(), lead.source(), status, lead.notes(), nextCall, lead.createdAt(), stamp,
                    lead.assignedToId(), lead.clientId());
        }
    }
}
