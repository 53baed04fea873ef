package dev.leadkit.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.orgleads.OrgLeadQuery;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingField;
import dev.leadkit.tracking.TrackingFilter;
import dev.leadkit.tracking.TrackingLeadQuery;
import org.junit.jupiter.api.Test;

/**
 * Filter values are encoded, never concatenated: a value holding every character that means something in
 * a URL reaches each vendor's server (a sandbox that decodes queries as PHP and Node do) as typed.
 */
class EncodingOnTheWireTest {

    private static final String NASTY = "a&b=c #1 100% [x] +1 (415) ü/?;,:";

    @Test
    void autocallsPhoneFilterArrivesAsTyped() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(5).start();
                AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            client.leads().list(AutocallsLeadQuery.builder().phoneNumber(NASTY).build()).stream().count();

            assertThat(sandbox.requests().get(0).query("phone_number")).hasValue(NASTY);
        }
    }

    @Test
    void orgleadsSearchArrivesAsTyped() {
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(5).start();
                OrgLeadsClient client = OrgLeadsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            client.leads().list(OrgLeadQuery.builder().search(NASTY).build()).stream().count();

            assertThat(sandbox.requests().get(0).query("search")).hasValue(NASTY);
        }
    }

    @Test
    void trackingSearchArrivesAsTyped() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(5).start();
                TrackingClient client = TrackingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            client.leads().list(TrackingLeadQuery.builder().search(NASTY).build()).stream().count();

            assertThat(sandbox.requests().get(0).query("search")).hasValue(NASTY);
        }
    }

    /** Astral characters (a surrogate pair in Java), a lone plus and a percent that looks like an escape. */
    private static final String TRICKY = "+ %2B %zz 😀 日本 a+b";

    @Test
    void trackingEqualityFilterValueArrivesAsTypedUnderItsBracketlessName() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(5).start();
                TrackingClient client = TrackingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            client.leads().list(TrackingLeadQuery.builder()
                    .filter(TrackingFilter.eq(TrackingField.UTM_CAMPAIGN, NASTY))
                    .filter(TrackingFilter.eq(TrackingField.WEBSITE, TRICKY)).build()).stream().count();

            assertThat(sandbox.requests().get(0).query("utm_campaign")).hasValue(NASTY);
            assertThat(sandbox.requests().get(0).query("website")).hasValue(TRICKY);
        }
    }

    @Test
    void plusIsSentEscapedSoAServerDecodingLikePhpDoesNotReadASpace() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(5).start();
                AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            client.leads().list(AutocallsLeadQuery.builder().phoneNumber(TRICKY).build()).stream().count();

            assertThat(sandbox.requests().get(0).query("phone_number")).hasValue(TRICKY);
            assertThat(sandbox.requests().get(0).target()).doesNotContain("+").contains("%2B");
        }
    }

    @Test
    void orgleadsSearchWithAstralCharactersAndLiteralEscapesArrivesAsTyped() {
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(5).start();
                OrgLeadsClient client = OrgLeadsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build()) {
            client.leads().list(OrgLeadQuery.builder().search(TRICKY).build()).stream().count();

            assertThat(sandbox.requests().get(0).query("search")).hasValue(TRICKY);
        }
    }
}
