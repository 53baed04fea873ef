package dev.leadkit.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates Autocalls leads: five campaigns, the vendor's seven statuses weighted as a running dialer
 * would have them, creation times from 2025-01-01 over 180 days rising with the id, one lead in ten with a
 * secondary contact (ids drawn from the same sequence, as the vendor's example suggests).
 */
final class AutocallsGenerator {

    static final String[] STATUSES = {"created", "scheduled", "processing", "completed", "rescheduled",
            "reached-max-retries", "blacklisted"};
    private static final int[] STATUS_WEIGHTS = {25, 10, 3, 35, 12, 10, 5};
    static final String[] CAMPAIGNS = {"Spring Promo", "Solar Leads Q2", "Insurance Renewals",
            "Dental Reactivation", "Webinar Follow-up"};
    private static final Instant START = Instant.parse("2025-01-01T08:00:00Z");

    private AutocallsGenerator() {
    }

    static List<AutocallsSandboxLead> generate(int count, long seed) {
        FakeData fake = new FakeData(seed);
        List<Instant> created = fake.ascendingInstants(count, START, Duration.ofDays(180));
        List<AutocallsSandboxLead> leads = new ArrayList<>(count);
        long nextId = 1;
        for (int i = 0; i < count; i++) {
            long id = nextId++;
            int campaign = fake.between(1, CAMPAIGNS.length);
            String first = fake.firstName();
            String last = fake.lastName();
            LocalDateTime createdAt = local(created.get(i));
            String status = fake.weighted(STATUSES, STATUS_WEIGHTS);
            LocalDateTime updatedAt = status.equals("created") ? createdAt : createdAt.plus(fake.upTo(Duration.ofDays(5)));
            List<AutocallsSandboxLead.SecondaryContact> contacts = new ArrayList<>();
            if (fake.chance(0.1)) {
                String partner = fake.firstName();
                contacts.add(new AutocallsSandboxLead.SecondaryContact(nextId++, fake.phone(),
                        variables(partner + " " + last, fake.email(partner, last, null)), "created", createdAt, createdAt));
            }
            leads.add(new AutocallsSandboxLead(id, campaign, CAMPAIGNS[campaign - 1], fake.phone(),
                    variables(first + " " + last, fake.email(first, last, null)), status, createdAt, updatedAt, contacts));
        }
        return leads;
    }

    /**
     * How Autocalls leads change: a new lead gets the next id of the account's sequence (ids are never reused,
     * as with an auto-increment key; secondary contacts draw from the same sequence) and the status
     * {@code created}; an update moves the lead to another status. Timestamps are whole seconds.
     */
    static final class Mutations implements LeadMutations<AutocallsSandboxLead> {

        private long nextId;

        Mutations(List<AutocallsSandboxLead> initial) {
            nextId = 1 + initial.stream().mapToLong(Mutations::highestId).max().orElse(0);
        }

        private static long highestId(AutocallsSandboxLead lead) {
            return Math.max(lead.id(), lead.secondaryContacts().stream()
                    .mapToLong(AutocallsSandboxLead.SecondaryContact::id).max().orElse(0));
        }

        @Override
        public ChronoUnit precision() {
            return ChronoUnit.SECONDS;
        }

        @Override
        public AutocallsSandboxLead create(FakeData fake, Instant stamp, List<AutocallsSandboxLead> held) {
            AutocallsSandboxLead template = generate(1, fake.seed()).get(0);
            LocalDateTime at = local(stamp);
            long id = nextId++;
            List<AutocallsSandboxLead.SecondaryContact> contacts = new ArrayList<>();
            for (AutocallsSandboxLead.SecondaryContact contact : template.secondaryContacts()) {
                contacts.add(new AutocallsSandboxLead.SecondaryContact(nextId++, contact.phoneNumber(),
                        contact.variables(), "created", at, at));
            }
            return new AutocallsSandboxLead(id, template.campaignId(), template.campaignName(),
                    template.phoneNumber(), template.variables(), "created", at, at, contacts);
        }

        @Override
        public AutocallsSandboxLead update(AutocallsSandboxLead lead, FakeData fake, Instant stamp) {
            return new AutocallsSandboxLead(lead.id(), lead.campaignId(), lead.campaignName(), lead.phoneNumber(),
                    lead.variables(), fake.other(STATUSES, lead.status()), lead.createdAt(), local(stamp),
                    lead.secondaryContacts());
        }
    }

    private static Map<String, String> variables(String name, String email) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("customer_name", name);
        variables.put("email", email);
        return variables;
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
