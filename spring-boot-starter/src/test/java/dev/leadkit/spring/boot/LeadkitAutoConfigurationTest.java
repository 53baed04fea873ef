package dev.leadkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.ServerException;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.Fault;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The clients the starter makes, against the testkit's sandboxes over real HTTP: which beans exist for which
 * properties, that the properties reach the client, and that the client lives as long as the context.
 */
class LeadkitAutoConfigurationTest {

    private static AutocallsSandbox autocalls;
    private static OrgLeadsSandbox orgleads;
    private static TrackingSandbox tracking;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LeadkitAutoConfiguration.class));

    @BeforeAll
    static void startSandboxes() {
        autocalls = AutocallsSandbox.builder().leads(30).seed(1).start();
        orgleads = OrgLeadsSandbox.builder().leads(20).seed(1).start();
        tracking = TrackingSandbox.builder().leads(25).seed(1).start();
    }

    @AfterAll
    static void stopSandboxes() {
        autocalls.close();
        orgleads.close();
        tracking.close();
    }

    static String[] autocallsProperties() {
        return new String[] {"leadkit.autocalls.api-key=" + autocalls.apiKey(), "leadkit.autocalls.base-url=" + autocalls.baseUrl()};
    }

    @Test
    void noClientIsMadeWithoutAnApiKey() {
        runner.withPropertyValues("leadkit.autocalls.base-url=" + autocalls.baseUrl(), "leadkit.tracking.max-retries=2")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(AutocallsClient.class);
                    assertThat(context).doesNotHaveBean(OrgLeadsClient.class);
                    assertThat(context).doesNotHaveBean(TrackingClient.class);
                });
    }

    @Test
    void eachClientIsMadeOnlyWhenItsOwnApiKeyIsSet() {
        runner.withPropertyValues(autocallsProperties()).run(context -> {
            assertThat(context).hasSingleBean(AutocallsClient.class);
            assertThat(context).doesNotHaveBean(OrgLeadsClient.class);
            assertThat(context).doesNotHaveBean(TrackingClient.class);
        });
    }

    @Test
    void everyClientListsItsVendorsLeads() {
        runner.withPropertyValues(autocallsProperties())
                .withPropertyValues("leadkit.orgleads.api-key=" + orgleads.apiKey(), "leadkit.orgleads.base-url=" + orgleads.baseUrl(),
                        "leadkit.tracking.api-key=" + tracking.apiKey(), "leadkit.tracking.base-url=" + tracking.baseUrl())
                .run(context -> {
                    assertThat(context.getBean(AutocallsClient.class).leads().list().stream().count()).isEqualTo(30);
                    assertThat(context.getBean(OrgLeadsClient.class).leads().list().stream().count()).isEqualTo(20);
                    assertThat(context.getBean(TrackingClient.class).leads().list().stream().count()).isEqualTo(25);
                });
    }

    @Test
    void theUserAgentPropertyIsSentBeforeLeadkitsOwn() {
        runner.withPropertyValues(autocallsProperties()).withPropertyValues("leadkit.autocalls.user-agent=acme-sync/2.1")
                .run(context -> {
                    int before = autocalls.requests().size();
                    context.getBean(AutocallsClient.class).leads().list().page(1);
                    assertThat(autocalls.requests().get(before).header("User-Agent")).hasValueSatisfying(
                            agent -> assertThat(agent).startsWith("acme-sync/2.1 leadkit-java/"));
                });
    }

    @Test
    void theMaxRetriesPropertyBoundsTheRetries() {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        runner.withPropertyValues(autocallsProperties()).withPropertyValues("leadkit.autocalls.max-retries=1")
                .withBean(LeadkitClientCustomizer.class, () -> (platform, builder) -> builder.sleeper(waits::add))
                .run(context -> {
                    autocalls.faults().next(3, Fault.status(503));
                    try {
                        assertThatThrownBy(() -> context.getBean(AutocallsClient.class).leads().list().page(1))
                                .isInstanceOf(ServerException.class);
                        assertThat(waits).as("one retry, so one wait").hasSize(1);
                    } finally {
                        autocalls.faults().clear();
                    }
                });
    }

    @Test
    void theClientIsClosedWithTheContext() {
        AutocallsClient[] client = new AutocallsClient[1];
        runner.withPropertyValues(autocallsProperties()).run(context -> client[0] = context.getBean(AutocallsClient.class));

        assertThatThrownBy(() -> client[0].leads().list().page(1))
                .isInstanceOfAny(IllegalStateException.class, ConnectionException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void anApplicationsOwnClientIsKeptInsteadOfTheStartersOne() {
        try (AutocallsClient own = AutocallsClient.builder().apiKey("own-key").baseUrl(autocalls.baseUrl()).build()) {
            runner.withPropertyValues(autocallsProperties()).withBean(AutocallsClient.class, () -> own, bean -> bean.setDestroyMethodName(""))
                    .run(context -> assertThat(context.getBean(AutocallsClient.class)).isSameAs(own));
        }
    }

    @Test
    void aCustomizerIsAppliedToEveryClientWithItsPlatform() {
        List<String> platforms = new CopyOnWriteArrayList<>();
        runner.withPropertyValues(autocallsProperties())
                .withPropertyValues("leadkit.tracking.api-key=" + tracking.apiKey(), "leadkit.tracking.base-url=" + tracking.baseUrl())
                .withBean(LeadkitClientCustomizer.class, () -> (platform, builder) -> platforms.add(platform.id()))
                .run(context -> {
                    context.getBean(AutocallsClient.class);
                    context.getBean(TrackingClient.class);
                    assertThat(platforms).containsExactlyInAnyOrder("autocalls", "tracking");
                });
    }
}
