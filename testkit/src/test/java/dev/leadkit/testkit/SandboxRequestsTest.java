package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class SandboxRequestsTest {

    @Test
    void everyRequestIsRecordedInOrderWithMethodPathQueryHeadersAndStatus() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(10).start()) {
            Http.get(sandbox.baseUrl() + "/leads?status=won,lost&value%5Bgte%5D=100&limit=5", "X-API-KEY", sandbox.apiKey());
            Http.get(sandbox.baseUrl() + "/leads", "X-API-KEY", "wrong");

            List<SandboxRequest> requests = sandbox.requests();

            assertThat(requests).extracting(SandboxRequest::index).containsExactly(1, 2);
            SandboxRequest first = requests.get(0);
            assertThat(first.method()).isEqualTo("GET");
            assertThat(first.path()).isEqualTo("/api/leads");
            assertThat(first.target()).isEqualTo("/api/leads?status=won,lost&value%5Bgte%5D=100&limit=5");
            assertThat(first.query()).containsOnlyKeys("status", "value[gte]", "limit");
            assertThat(first.query("status")).contains("won,lost");
            assertThat(first.header("x-api-key")).contains(sandbox.apiKey());
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.fault()).isEmpty();
            assertThat(requests.get(1).status()).isEqualTo(401);
        }
    }

    @Test
    void faultedRequestsAreRecordedWithTheirFault() {
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(1).start()) {
            Fault fault = Fault.status(503);
            sandbox.faults().next(fault);

            Http.get(sandbox.baseUrl() + "/api/v1/leads", "Authorization", "Bearer " + sandbox.apiKey());

            assertThat(sandbox.requests().get(0).fault()).contains(fault);
            assertThat(sandbox.requests().get(0).status()).isEqualTo(503);
        }
    }

    @Test
    void queryIsDecodedAsTheVendorsServerDecodesIt() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(1).start()) {
            Http.execute(new Request.Builder()
                    .url(sandbox.baseUrl() + "/user/leads?phone_number=+1415&phone_number=%2B44&x")
                    .header("Accept", "application/json").build());

            SandboxRequest request = sandbox.requests().get(0);
            assertThat(request.query().get("phone_number")).containsExactly(" 1415", "+44");
            assertThat(request.query("x")).contains("");
        }
    }

    @Test
    void requestsIsASnapshot() {
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(1).start()) {
            List<SandboxRequest> before = sandbox.requests();
            Http.get(sandbox.baseUrl() + "/api/v1/leads", null, null);

            assertThat(before).isEmpty();
            assertThat(sandbox.requests()).hasSize(1);
        }
    }
}
