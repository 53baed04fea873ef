package dev.leadkit.core.internal.databind;

import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Sample leads for the databind tests. */
final class SampleLeads {

    static final SampleCampaign SPRING = SampleCampaign.builder().id(7).name("Spring").startsAt(Instant.parse("2025-03-01T09:00:00Z"))
            .build();
    static final SampleCampaign WINTER = SampleCampaign.builder().id(3).name("Winter").build();

    private SampleLeads() {
    }

    /** A lead with every attribute set. */
    static SampleLead full() {
        return SampleLead.builder()
                .phoneNumber("+14155550101")
                .id("lead_1")
                .score(42)
                .visits(3_000_000_000L)
                .vip(true)
                .rank(2)
                .views(9_000_000_000L)
                .consent(false)
                .value(new BigDecimal("1500.50"))
                .price(new BigDecimal("1E+3"))
                .receivedAt(Instant.parse("2025-06-30T11:18:04.123Z"))
                .createdAt(Instant.parse("2025-06-01T00:00:00Z"))
                .updatedAt(Instant.parse("2025-06-02T00:00:00Z"))
                .campaignId(OptionalLong.of(7))
                .attempts(OptionalInt.of(1))
                .name("Ann")
                .addPhones("+14155550101", "+14155550102")
                .addEmails("ann@example.com")
                .statusValue("in-progress")
                .status(SampleStatus.IN_PROGRESS)
                .previousStatus(SampleStatus.NEW)
                .putVariables("plan", JsonValue.parse("{\"name\":\"pro\",\"seats\":12}"))
                .putVariables("tags", JsonValue.parse("[\"a\",null]"))
                .putNotes("call", List.of("morning", "not friday"))
                .custom(JsonValue.parse("[1,2.50,true]"))
                .extra((JsonObject) JsonValue.parse("{\"source\":\"ads\"}"))
                .campaign(SPRING)
                .addPastCampaigns(WINTER, SPRING)
                .build();
    }

    /** A lead with only what is required. */
    static SampleLead minimal() {
        return SampleLead.builder()
                .phoneNumber("+14155550101")
                .id("lead_2")
                .score(0)
                .visits(0)
                .vip(false)
                .value(BigDecimal.ZERO)
                .receivedAt(Instant.parse("2025-06-30T11:18:04Z"))
                .statusValue("")
                .status(SampleStatus.UNKNOWN)
                .custom(dev.leadkit.core.json.JsonNull.INSTANCE)
                .build();
    }
}
