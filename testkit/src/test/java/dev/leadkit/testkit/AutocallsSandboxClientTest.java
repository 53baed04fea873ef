package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.autocalls.AutocallsLeadStatus;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.AuthenticationException;
import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.ServerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The real {@link AutocallsClient} against the {@link AutocallsSandbox}: end to end over loopback HTTP. */
class AutocallsSandboxClientTest {

    private static ClientBuilder<AutocallsClient> client(AutocallsSandbox sandbox) {
        return AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).sleeper(d -> { });
    }

    private static final AutocallsLeadQuery HUNDRED = AutocallsLeadQuery.builder().perPage(100).build();

    @Test
    void streamsTwoThousandLeadsOnceEachInOrderInTwentyRequests() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(2000).seed(42).apiKey("12|sandbox").start();
             AutocallsClient client = client(sandbox).build()) {
            List<String> ids = client.leads().list(HUNDRED).stream().map(AutocallsLead::id).toList();

            assertThat(ids).containsExactlyElementsOf(
                    sandbox.leads().stream().map(lead -> Long.toString(lead.id())).toList());
            assertThat(sandbox.requests()).hasSize(20);
            assertThat(sandbox.requests()).extracting(r -> r.query("page").orElseThrow())
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                            "16", "17", "18", "19", "20");
        }
    }

    @Test
    void decodedLeadCarriesTheSandboxLeadsFields() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(5).start();
             AutocallsClient client = client(sandbox).build()) {
            AutocallsLead decoded = client.leads().list().stream().findFirst().orElseThrow();
            AutocallsSandboxLead held = sandbox.leads().get(0);

            assertThat(decoded.phoneNumber()).isEqualTo(held.phoneNumber());
            assertThat(decoded.statusValue()).isEqualTo(held.status());
            assertThat(decoded.name()).isEqualTo(held.customerName());
            assertThat(decoded.createdAt()).contains(held.createdAt().toInstant(ZoneOffset.UTC));
            assertThat(decoded.campaign().orElseThrow().name()).contains(held.campaignName());
        }
    }

    @Test
    void a503IsRetriedAndNoLeadIsLostOrRepeated() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(300).start();
             AutocallsClient client = client(sandbox).build()) {
            sandbox.faults().onRequest(2, Fault.status(503));

            long count = client.leads().list(HUNDRED).stream().map(AutocallsLead::id).distinct().count();

            assertThat(count).isEqualTo(300);
            assertThat(sandbox.requests()).extracting(SandboxRequest::status).containsExactly(200, 503, 200, 200);
            assertThat(sandbox.requests().get(2).query("page")).contains("2");
        }
    }

    @Test
    void retryAfterSecondsIsTheWaitTheClientSleeps() {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(10).start();
             AutocallsClient client = client(sandbox).sleeper(waits::add).build()) {
            sandbox.faults().next(Fault.rateLimited(Duration.ofSeconds(7)));

            assertThat(client.leads().list().stream().count()).isEqualTo(10);
            assertThat(waits).containsExactly(Duration.ofSeconds(7));
        }
    }

    @Test
    void retryAfterHttpDateIsMeasuredAgainstTheClientsClock() {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(10).start();
             AutocallsClient client = client(sandbox).sleeper(waits::add).clock(Clock.fixed(now, ZoneOffset.UTC)).build()) {
            sandbox.faults().next(Fault.rateLimitedUntil(now.plusSeconds(30)));

            assertThat(client.leads().list().stream().count()).isEqualTo(10);
            assertThat(waits).containsExactly(Duration.ofSeconds(30));
        }
    }

    @Test
    void aConnectionCutMidBodyIsRetried() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(150).start();
             AutocallsClient client = client(sandbox).build()) {
            sandbox.faults().onRequest(1, Fault.cutMidBody());

            assertThat(client.leads().list(HUNDRED).stream().count()).isEqualTo(150);
            assertThat(sandbox.requests()).hasSize(3);
        }
    }

    @Test
    void aTruncatedBodyIsADecodingError() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(20).start();
             AutocallsClient client = client(sandbox).build()) {
            sandbox.faults().next(Fault.truncatedBody());

            assertThatThrownBy(() -> client.leads().list().stream().count()).isInstanceOf(DecodingException.class);
        }
    }

    @Test
    void aDelayLongerThanTheTimeoutIsAConnectionError() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(5).start();
             AutocallsClient client = client(sandbox).timeout(Duration.ofMillis(200)).maxRetries(0).build()) {
            sandbox.faults().next(Fault.delay(Duration.ofSeconds(30))); // far past the timeout, however busy the machine

            assertThatThrownBy(() -> client.leads().list().stream().count()).isInstanceOf(ConnectionException.class);
        }
    }

    @Test
    void filtersGoOverTheWireAndNarrowLikeTheSandboxSays() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(500).seed(3).start();
             AutocallsClient client = client(sandbox).build()) {
            LocalDate from = LocalDate.of(2025, 2, 1);
            LocalDate to = LocalDate.of(2025, 3, 31);
            long expected = sandbox.leads().stream()
                    .filter(l -> l.status().equals("completed") && l.campaignId() == 3)
                    .filter(l -> !l.createdAt().toLocalDate().isBefore(from) && !l.createdAt().toLocalDate().isAfter(to))
                    .count();

            long got = client.leads().list(AutocallsLeadQuery.builder().status(AutocallsLeadStatus.COMPLETED)
                    .campaignId(3).dateFrom(from).dateTo(to).perPage(20).build()).stream().count();

            assertThat(got).isEqualTo(expected).isPositive();
            assertThat(sandbox.requests().get(0).query()).containsKeys("status", "campaign_id", "date_from", "date_to",
                    "per_page", "page");
        }
    }

    @Test
    void aPhoneNumberWithAPlusReachesTheServerIntact() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(50).start();
             AutocallsClient client = client(sandbox).build()) {
            String phone = sandbox.leads().get(10).phoneNumber();

            List<AutocallsLead> found = client.leads().list(AutocallsLeadQuery.builder().phoneNumber(phone).build())
                    .stream().toList();

            assertThat(found).extracting(AutocallsLead::phoneNumber).contains(phone);
            assertThat(sandbox.requests().get(0).query("phone_number")).contains(phone);
        }
    }

    @Test
    void aWrongKeyIsAnAuthenticationException() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(5).apiKey("12|right").start();
             AutocallsClient client = AutocallsClient.builder().apiKey("12|wrong").baseUrl(sandbox.baseUrl()).build()) {
            assertThatThrownBy(() -> client.leads().list().stream().count())
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("Unauthenticated.");
        }
    }

    @Test
    void theClientSendsTheKeyAndAcceptJson() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(5).start();
             AutocallsClient client = client(sandbox).build()) {
            client.leads().list().stream().count();

            SandboxRequest request = sandbox.requests().get(0);
            assertThat(request.header("Authorization")).contains("Bearer " + sandbox.apiKey());
            assertThat(request.header("Accept")).contains("application/json");
        }
    }

    @Test
    void theSondosBareArrayIsOneCompletePage() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(40).shape(AutocallsSandbox.Shape.BARE_ARRAY).start();
             AutocallsClient client = client(sandbox).build()) {
            assertThat(client.leads().list(HUNDRED).stream().count()).isEqualTo(40);
            assertThat(sandbox.requests()).hasSize(1);
        }
    }

    @Test
    void prefetchingKeepsEveryLeadInOrder() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(1000).seed(8).start();
             AutocallsClient client = client(sandbox).build()) {
            List<String> ids = client.leads().list(HUNDRED).prefetch(4).stream().map(AutocallsLead::id).toList();

            assertThat(ids).containsExactlyElementsOf(
                    sandbox.leads().stream().map(lead -> Long.toString(lead.id())).toList());
            assertThat(sandbox.requests()).hasSize(10);
        }
    }

    @Test
    void resumingAtAPageSkipsTheEarlierOnes() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(1000).start();
             AutocallsClient client = client(sandbox).build()) {
            assertThat(client.leads().list(HUNDRED).startingAt(7).stream().count()).isEqualTo(400);
            assertThat(sandbox.requests()).extracting(r -> r.query("page").orElseThrow()).containsExactly("7", "8", "9", "10");
        }
    }

    @Test
    void anEmptyAccountIsOneRequestAndNoLeads() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(0).start();
             AutocallsClient client = client(sandbox).build()) {
            assertThat(client.leads().list().stream().count()).isZero();
            assertThat(sandbox.requests()).hasSize(1);
        }
    }

    @Test
    void aConnectionClosedBeforeAnyResponseIsRetried() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(10).start();
             AutocallsClient client = client(sandbox).build()) {
            sandbox.faults().next(Fault.noResponse());

            assertThat(client.leads().list().stream().count()).isEqualTo(10);
            assertThat(sandbox.requests()).extracting(SandboxRequest::status).containsExactly(0, 200);
        }
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnce() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(10).start();
             AutocallsClient client = client(sandbox).maxRetryWait(Duration.ofSeconds(10)).build()) {
            sandbox.faults().next(Fault.rateLimited(Duration.ofMinutes(5)));

            assertThatThrownBy(() -> client.leads().list().stream().count())
                    .isInstanceOfSatisfying(RateLimitException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(5)));
            assertThat(sandbox.requests()).hasSize(1);
        }
    }

    @Test
    void retriesSpentOnServerErrorsEndInAServerException() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(10).start();
             AutocallsClient client = client(sandbox).maxRetries(2).build()) {
            sandbox.faults().next(3, Fault.status(502));

            assertThatThrownBy(() -> client.leads().list().stream().count()).isInstanceOf(ServerException.class);
            assertThat(sandbox.requests()).hasSize(3);
        }
    }

    @Test
    void perPageValidationErrorsAreCaughtBeforeAnyRequest() {
        assertThatThrownBy(() -> AutocallsLeadQuery.builder().perPage(101).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perPage");
    }
}
