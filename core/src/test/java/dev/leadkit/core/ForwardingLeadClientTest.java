package dev.leadkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.internal.dialect.TestVendor;
import dev.leadkit.core.internal.dialect.TestVendor.Query;
import dev.leadkit.core.internal.dialect.TestVendor.TestLead;
import org.junit.jupiter.api.Test;

/** A user's decorator over a real client of core's own dialect: every call reaches the client it wraps. */
class ForwardingLeadClientTest {

    static final class Counting extends ForwardingLeadClient<Query, TestLead> {
        int listings;

        Counting(LeadClient<Query, TestLead> delegate) {
            super(delegate);
        }

        @Override
        public Leads<Query, TestLead> leads() {
            listings++;
            return super.leads();
        }
    }

    private static TestVendor.Client client() {
        return TestVendor.Client.builder().apiKey("12|abcDEF0123456789secret").build();
    }

    @Test
    void leadsAreTheWrappedClients() {
        try (TestVendor.Client client = client(); Counting counting = new Counting(client)) {
            assertThat(counting.leads()).isSameAs(client.leads());
            assertThat(counting.listings).isEqualTo(1);
        }
    }

    @Test
    void closingClosesTheWrappedClient() {
        TestVendor.Client client = client();
        new Counting(client).close();

        assertThatThrownBy(() -> client.leads().list().page(1))
                .isInstanceOf(IllegalStateException.class).hasMessage("this client is closed: build a new one to send requests");
    }

    @Test
    void toStringIsTheClassNameAroundTheWrappedClientsAndNeverTheKey() {
        try (TestVendor.Client client = client(); Counting counting = new Counting(client)) {
            assertThat(counting).hasToString("Counting{" + client + "}");
            assertThat(counting.toString()).startsWith("Counting{Client{baseUrl=https://api.test-vendor.example/api, apiKey=****,")
                    .doesNotContain("secret");
        }
    }

    @Test
    void aMissingDelegateIsRejected() {
        assertThatThrownBy(() -> new Counting(null)).isInstanceOf(NullPointerException.class).hasMessage("delegate");
    }
}
