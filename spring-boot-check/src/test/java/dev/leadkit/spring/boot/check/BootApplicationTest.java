package dev.leadkit.spring.boot.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.core.Lead;
import dev.leadkit.testkit.Sandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Spring Boot 4 application with the starter lists every vendor's sandbox through the clients it is
 * injected, and Boot's own Micrometer metrics count every request, with no code of the application's.
 */
class BootApplicationTest {

    private static Sandboxes sandboxes;
    private static ConfigurableApplicationContext application;

    @BeforeAll
    static void start() {
        sandboxes = new Sandboxes();
        application = sandboxes.startApplication();
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
        sandboxes.close();
    }

    @Test
    void theInjectedClientsListEveryLeadOfEveryVendor() {
        CheckApplication.LeadLister lister = application.getBean(CheckApplication.LeadLister.class);

        assertThat(lister.autocalls()).hasSize(Sandboxes.AUTOCALLS_LEADS).extracting(Lead::id).doesNotHaveDuplicates();
        assertThat(lister.orgleads()).hasSize(Sandboxes.ORGLEADS_LEADS).extracting(Lead::id).doesNotHaveDuplicates();
        assertThat(lister.tracking()).hasSize(Sandboxes.TRACKING_LEADS).extracting(Lead::id).doesNotHaveDuplicates();
    }

    @Test
    void bootsMetricsCountEveryRequestOfEveryClient() {
        CheckApplication.LeadLister lister = application.getBean(CheckApplication.LeadLister.class);
        MeterRegistry meters = application.getBean(MeterRegistry.class);
        lister.autocalls();
        lister.orgleads();
        lister.tracking();

        for (Sandbox sandbox : sandboxes.all()) {
            String platform = sandbox == sandboxes.autocalls ? "autocalls" : sandbox == sandboxes.orgleads ? "orgleads" : "tracking";
            assertThat(meters.find("leadkit.attempts").tag("platform", platform).timers().stream().mapToLong(Timer::count).sum())
                    .as("%s's attempts", platform).isEqualTo(sandbox.requests().size());
        }
    }

    @Test
    void aBadPropertyStopsTheApplicationWithBootsAnalysisNamingItAndNotTheKey() {
        RecordedFailureAnalyses.REPORTED.clear();

        assertThatThrownBy(() -> sandboxes.startApplication("leadkit.tracking.max-retry-wait=2d"))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);

        assertThat(RecordedFailureAnalyses.REPORTED).singleElement().satisfies(analysis -> {
            assertThat(analysis.getDescription()).contains("'leadkit.tracking.max-retry-wait'").contains("between zero and a day")
                    .doesNotContain(sandboxes.tracking.apiKey());
            assertThat(analysis.getAction()).contains("'leadkit.tracking.max-retry-wait'");
        });
    }

    @Test
    void theClientsAreClosedWithTheApplication() {
        Sandboxes own = new Sandboxes();
        AutocallsClient client;
        try (own; ConfigurableApplicationContext started = own.startApplication()) {
            client = started.getBean(AutocallsClient.class);
            assertThat(client.leads().list().page(1).items()).isNotEmpty();
        }

        assertThatThrownBy(() -> client.leads().list().page(1)).hasMessageContaining("closed");
    }
}
