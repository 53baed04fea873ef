package dev.leadkit.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates Octanist leads: four statuses, six sources, creation from 2025-09-01 over 180 days, and the
 * attribution a tracking tool records: a Google Ads click (gclid, Google Ads campaign fields, utm google/cpc)
 * for about a third, Meta (fbc, fbp) for a fifth, Microsoft, TikTok and LinkedIn for a few, GA4 ids for
 * most, consent flags, labels.
 */
final class TrackingGenerator {

    static final String[] STATUSES = {"open", "qualified", "won", "lost"};
    private static final int[] STATUS_WEIGHTS = {40, 25, 20, 15};
    static final String[] SOURCES = {"inbound", "gtm", "api", "manual", "wordpress", "import"};
    private static final int[] SOURCE_WEIGHTS = {45, 20, 10, 10, 10, 5};
    private static final String[] PATHS = {"/", "/contact", "/quote", "/pricing", "/book-a-call"};
    private static final String[] LOSS = {"Too expensive", "Went with a competitor", "No response", "Not a fit"};
    private static final String[] CAMPAIGNS = {"spring_sale", "brand_search", "retargeting", "webinar_q1"};
    private static final Instant START = Instant.parse("2025-09-01T07:00:00Z");

    private TrackingGenerator() {
    }

    static List<TrackingSandboxLead> generate(int count, long seed) {
        FakeData fake = new FakeData(seed);
        List<String> labels = List.of("label_" + fake.alnum(8), "label_" + fake.alnum(8), "label_" + fake.alnum(8));
        List<String> websites = List.of("https://www." + FakeData.domainOf(fake.company()),
                "https://www." + FakeData.domainOf(fake.company()));
        List<Instant> created = fake.ascendingInstants(count, START, Duration.ofDays(180));
        List<TrackingSandboxLead> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant createdAt = created.get(i).plusMillis(fake.between(0, 999));
            Map<String, Object> lead = new LinkedHashMap<>();
            String first = fake.firstName();
            String last = fake.lastName();
            String status = fake.weighted(STATUSES, STATUS_WEIGHTS);
            lead.put("id", "lead_" + fake.alnum(10));
            lead.put("name", first + " " + last);
            lead.put("email", fake.chance(0.92) ? fake.email(first, last, null) : null);
            lead.put("phone", fake.chance(0.75) ? fake.phone() : null);
            lead.put("status", status);
            lead.put("value", status.equals("open") && fake.chance(0.5) ? null
                    : BigDecimal.valueOf(fake.between(2, 200) * 50L));
            lead.put("note", fake.chance(0.2) ? fake.pick("Asked for a callback", "Wants pricing", "Existing customer") : null);
            if (fake.chance(0.4)) {
                ObjectNode custom = JsonBodies.object();
                custom.put("company", fake.company());
                lead.put("custom", JsonBodies.write(custom));
            }
            lead.put("lossReason", status.equals("lost") ? fake.pick(LOSS) : null);
            lead.put("conversionName", status.equals("won") ? fake.pick("Purchase", "Signed contract") : null);
            lead.put("source", fake.weighted(SOURCES, SOURCE_WEIGHTS));
            lead.put("website", websites.get(fake.between(0, websites.size() - 1)));
            lead.put("path", fake.pick(PATHS));
            long millis = createdAt.toEpochMilli();
            int channel = fake.between(1, 100);
            if (channel <= 35) {
                lead.put("gclid", "Cj0KCQjw" + fake.alnum(56));
                lead.put("utm_source", "google");
                lead.put("utm_medium", "cpc");
                lead.put("utm_campaign", fake.pick(CAMPAIGNS));
                String campaign = fake.digits(11);
                lead.put("googleAdsCampaignId", campaign);
                lead.put("googleAdsCampaignName", "Search - " + fake.pick("Brand", "Generic", "Competitors"));
                lead.put("googleAdsAdGroupId", fake.digits(12));
                lead.put("googleAdsAdGroupName", fake.pick("Exact", "Phrase", "Broad"));
                lead.put("googleAdsAdId", fake.digits(12));
                if (fake.chance(0.1)) {
                    lead.put(fake.pick("wbraid", "gbraid", "dclid"), fake.alnum(40));
                }
            } else if (channel <= 55) {
                lead.put("fbc", "fb.1." + millis + "." + fake.alnum(24));
                lead.put("fbp", "fb.1." + (millis - 86_400_000L) + "." + fake.digits(10));
                lead.put("utm_source", "facebook");
                lead.put("utm_medium", "paid_social");
                lead.put("utm_campaign", fake.pick(CAMPAIGNS));
            } else if (channel <= 60) {
                lead.put("msclkid", fake.hex(32));
                lead.put("utm_source", "bing");
                lead.put("utm_medium", "cpc");
            } else if (channel <= 65) {
                lead.put("ttclid", fake.alnum(40));
                lead.put("utm_source", "tiktok");
                lead.put("utm_medium", "paid_social");
            } else if (channel <= 68) {
                lead.put("li_fat_id", fake.hex(8) + "-" + fake.hex(4) + "-" + fake.hex(4) + "-" + fake.hex(4) + "-" + fake.hex(12));
                lead.put("utm_source", "linkedin");
            } else if (channel <= 70) {
                lead.put(fake.pick("twclid", "rdt_cid", "sccid", "epik"), fake.alnum(30));
            }
            if (fake.chance(0.6)) {
                lead.put("ga4cid", fake.digits(10) + "." + (millis / 1000 - fake.between(0, 2_000_000)));
                lead.put("ga4sid", Long.toString(millis / 1000 - fake.between(0, 3600)));
            }
            boolean consent = fake.chance(0.8);
            lead.put("ad_storage", consent);
            lead.put("ad_user_data", consent);
            lead.put("analytics_storage", consent || fake.chance(0.5));
            lead.put("ad_personalization", consent && fake.chance(0.7));
            lead.put("labelId", fake.chance(0.3) ? labels.get(fake.between(0, labels.size() - 1)) : null);
            lead.put("selectedConversionEventId", !status.equals("open") && fake.chance(0.5) ? "cev_" + fake.alnum(10) : null);
            Instant qualifiedAt = status.equals("open") || fake.chance(0.2) ? null
                    : createdAt.plus(fake.upTo(Duration.ofDays(7)));
            Instant updatedAt = (qualifiedAt != null ? qualifiedAt : createdAt).plus(fake.upTo(Duration.ofDays(3)));
            lead.put("createdAt", createdAt);
            lead.put("updatedAt", updatedAt);
            lead.put("qualifiedAt", qualifiedAt);
            lead.put("expiresAt", createdAt.plus(Duration.ofDays(90)));
            leads.add(TrackingSandboxLead.of(lead));
        }
        return leads;
    }

    /**
     * How Octanist leads change: a new lead is {@code open}, with a fresh id and no qualification yet; an update
     * moves the lead to another status (stamping {@code qualifiedAt} when it leaves {@code open} for the first
     * time). Timestamps are milliseconds.
     */
    static final class Mutations implements LeadMutations<TrackingSandboxLead> {

        @Override
        public ChronoUnit precision() {
            return ChronoUnit.MILLIS;
        }

        @Override
        public TrackingSandboxLead create(FakeData fake, Instant stamp, List<TrackingSandboxLead> held) {
            Map<String, Object> fields = new LinkedHashMap<>(generate(1, fake.seed()).get(0).fields());
            fields.put("id", LeadMutations.freshId(held, () -> "lead_" + fake.alnum(10)));
            fields.put("status", "open");
            for (String unqualified : List.of("lossReason", "conversionName", "selectedConversionEventId", "qualifiedAt")) {
                fields.put(unqualified, null);
            }
            fields.put("createdAt", stamp);
            fields.put("updatedAt", stamp);
            fields.put("expiresAt", stamp.plus(Duration.ofDays(90)));
            return TrackingSandboxLead.of(fields);
        }

        @Override
        public TrackingSandboxLead update(TrackingSandboxLead lead, FakeData fake, Instant stamp) {
            Map<String, Object> fields = new LinkedHashMap<>(lead.fields());
            String status = fake.other(STATUSES, lead.status());
            fields.put("status", status);
            if (!status.equals("open") && lead.qualifiedAt().isEmpty()) {
                fields.put("qualifiedAt", stamp);
            }
            fields.put("updatedAt", stamp);
            return TrackingSandboxLead.of(fields);
        }
    }
}
