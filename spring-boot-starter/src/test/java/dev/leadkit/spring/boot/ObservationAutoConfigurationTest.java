package dev.leadkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.ServerException;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.Fault;
import dev.leadkit.testkit.SandboxRequest;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * With an {@link ObservationRegistry} bean, as Boot's Actuator makes one, every client the starter makes is
 * observed: its attempts, retries, rate-limit waits, pages and listings reach the registry's handlers, here
 * Micrometer's meter handler (what Boot's metrics use) and one that keeps every observation. Without Micrometer,
 * or with the observation turned off, the same clients are made unobserved. Counts only, no timing.
 */
class ObservationAutoConfigurationTest {

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final List<Observation.Context> observed = new CopyOnWriteArrayList<>();
    private final ObservationRegistry registry = ObservationRegistry.create();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private AutocallsSandbox sandbox;
    private ApplicationContextRunner runner;

    @BeforeEach
    void observeIntoMetersAndAList() {
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                observed.add(context);
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        sandbox = AutocallsSandbox.builder().leads(50).seed(3).start();
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LeadkitAutoConfiguration.class))
                .withPropertyValues("leadkit.autocalls.api-key=" + sandbox.apiKey(), "leadkit.autocalls.base-url=" + sandbox.baseUrl())
                .withBean(LeadkitClientCustomizer.class, () -> (platform, builder) -> builder.sleeper(waits::add));
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void everyAttemptIsATimerByPlatformAndStatus() {
        sandbox.faults().onRequest(2, Fault.status(503));

        runner.withBean(ObservationRegistry.class, () -> registry).run(context ->
                assertThat(context.getBean(AutocallsClient.class).leads().list(perPage(10)).stream().count()).isEqualTo(50));

        List<SandboxRequest> requests = sandbox.requests();
        assertThat(requests).extracting(SandboxRequest::status).containsOnly(200, 503);
        assertThat(meters.find("leadkit.attempts").timers().stream().mapToLong(Timer::count).sum()).isEqualTo(requests.size());
        assertThat(meters.get("leadkit.attempts").tag("platform", "autocalls").tag("status", "200").timer().count())
                .isEqualTo(requests.size() - 1);
        assertThat(meters.get("leadkit.attempts").tag("status", "503").timer().count()).isEqualTo(1);
    }

    @Test
    void retriesPagesAndTheListingsEndAreCountedByTheirTags() {
        sandbox.faults().onRequest(2, Fault.status(503));

        runner.withBean(ObservationRegistry.class, () -> registry).run(context ->
                context.getBean(AutocallsClient.class).leads().list(perPage(10)).stream().count());

        assertThat(meters.get("leadkit.retries").tag("platform", "autocalls").tag("reason", "HTTP 503").timer().count()).isEqualTo(1);
        assertThat(meters.get("leadkit.pages").tag("platform", "autocalls").timer().count()).isEqualTo(5);
        assertThat(meters.get("leadkit.listings").tag("outcome", "ended").timer().count()).isEqualTo(1);
        assertThat(meters.find("leadkit.listings").tag("outcome", "failed").timers()).isEmpty();
    }

    @Test
    void aRateLimitWaitIsObservedWithItsDelay() {
        sandbox.faults().onRequest(1, Fault.rateLimited(Duration.ofSeconds(2)));

        runner.withBean(ObservationRegistry.class, () -> registry).run(context ->
                context.getBean(AutocallsClient.class).leads().list().page(1));

        assertThat(meters.get("leadkit.rate.limit.waits").tag("platform", "autocalls").timer().count()).isEqualTo(1);
        assertThat(named("leadkit.rate.limit.waits")).singleElement()
                .satisfies(wait -> assertThat(wait.getHighCardinalityKeyValue("leadkit.delay").getValue()).isEqualTo("PT2S"));
        assertThat(meters.find("leadkit.retries").timers()).as("a vendor's 429 spends no retry").isEmpty();
    }

    @Test
    void aFailedListingIsObservedWithItsException() {
        sandbox.faults().next(2, Fault.status(500));

        runner.withBean(ObservationRegistry.class, () -> registry).withPropertyValues("leadkit.autocalls.max-retries=1")
                .run(context -> assertThatThrownBy(() -> context.getBean(AutocallsClient.class).leads().list().stream().count())
                        .isInstanceOf(ServerException.class));

        assertThat(named("leadkit.listings")).singleElement().satisfies(listing -> {
            assertThat(listing.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("failed");
            assertThat(listing.getError()).isInstanceOf(ServerException.class);
        });
        assertThat(meters.get("leadkit.attempts").tag("status", "500").timer().count()).isEqualTo(2);
    }

    @Test
    void eachAttemptIsAChildOfTheApplicationsCurrentObservation() {
        runner.withBean(ObservationRegistry.class, () -> registry).run(context -> {
            AutocallsClient client = context.getBean(AutocallsClient.class);
            Observation.createNotStarted("sync-job", registry).observe(() -> client.leads().list(perPage(25)).stream().count());
        });

        List<Observation.Context> attempts = named("leadkit.attempts");
        assertThat(attempts).hasSize(2).allSatisfy(attempt -> {
            assertThat(attempt.getParentObservation()).isNotNull();
            assertThat(attempt.getParentObservation().getContextView().getName()).isEqualTo("sync-job");
        });
        assertThat(attempts).extracting(attempt -> attempt.getHighCardinalityKeyValue("leadkit.request").getValue())
                .containsExactly("GET /api/user/leads?per_page=25&page=1", "GET /api/user/leads?per_page=25&page=2");
    }

    @Test
    void anAttemptThatGotNoAnswerIsObservedAsFailedWithItsError() {
        sandbox.faults().next(Fault.noResponse());

        runner.withBean(ObservationRegistry.class, () -> registry)
                .withPropertyValues("leadkit.autocalls.max-retries=0", "leadkit.autocalls.timeout=200ms")
                .run(context -> assertThatThrownBy(() -> context.getBean(AutocallsClient.class).leads().list().page(1))
                        .isInstanceOf(dev.leadkit.core.ConnectionException.class));

        assertThat(named("leadkit.attempts")).singleElement().satisfies(attempt -> {
            assertThat(attempt.getLowCardinalityKeyValues()).contains(KeyValue.of("status", "failed"));
            assertThat(attempt.getError()).isNotNull();
        });
    }

    @Test
    void withoutMicrometerOnTheClassPathTheClientIsMadeUnobserved() {
        runner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).getBeans(LeadkitClientCustomizer.class).hasSize(1); // the test's own sleeper only
            assertThat(context.getBean(AutocallsClient.class).leads().list().stream().count()).isEqualTo(50);
        });
    }

    @Test
    void withObservationTurnedOffNothingIsObserved() {
        runner.withBean(ObservationRegistry.class, () -> registry).withPropertyValues("leadkit.observation.enabled=false")
                .run(context -> assertThat(context.getBean(AutocallsClient.class).leads().list().stream().count()).isEqualTo(50));

        assertThat(observed).isEmpty();
        assertThat(meters.getMeters()).isEmpty();
    }

    @Test
    void withoutAnObservationRegistryBeanTheClientIsMadeUnobserved() {
        runner.run(context -> {
            assertThat(context).hasBean("leadkitObservation");
            assertThat(context.getBean(AutocallsClient.class).leads().list().stream().count()).isEqualTo(50);
        });

        assertThat(observed).isEmpty();
    }

    private static AutocallsLeadQuery perPage(int size) {
        return AutocallsLeadQuery.builder().perPage(size).build();
    }

    private List<Observation.Context> named(String name) {
        return observed.stream().filter(context -> context.getName().equals(name)).toList();
    }
}
