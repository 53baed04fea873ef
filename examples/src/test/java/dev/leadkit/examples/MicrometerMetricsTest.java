package dev.leadkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.testkit.SandboxRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link MicrometerMetrics} against the sandbox: its meters count what the sandbox did, as the sandbox recorded
 * it. No timing is asserted, only counts.
 */
class MicrometerMetricsTest {

    private static final Map<String, String> NO_KEYS = Map.of();

    @Test
    void theMetersCountWhatTheSandboxDidAndArePrinted() {
        Output out = new Output();

        MicrometerMetrics.Result result = MicrometerMetrics.run(NO_KEYS, out.stream);

        MeterRegistry registry = result.registry();
        List<SandboxRequest> requests = result.requests();
        assertThat(result.leads()).isEqualTo(250);
        // every request the sandbox received is one attempt, by its status
        assertThat(registry.find("leadkit.attempts").timers().stream().mapToLong(Timer::count).sum())
                .isEqualTo(requests.size());
        for (int status : requests.stream().map(SandboxRequest::status).distinct().toList()) {
            assertThat(registry.get("leadkit.attempts").tag("platform", "autocalls").tag("status", Integer.toString(status))
                    .timer().count()).as("attempts answered %d", status)
                    .isEqualTo(requests.stream().filter(request -> request.status() == status).count());
        }
        // one retry for each 5xx the sandbox was told to send, by its status
        assertThat(result.faults()).isEqualTo(MicrometerMetrics.FAULTS.size());
        assertThat(requests).filteredOn(request -> request.fault().isPresent()).extracting(SandboxRequest::status)
                .containsExactly(503, 429, 502);
        assertThat(registry.get("leadkit.retries").tag("reason", "HTTP 503").timer().count()).isEqualTo(1);
        assertThat(registry.get("leadkit.retries").tag("reason", "HTTP 502").timer().count()).isEqualTo(1);
        assertThat(registry.find("leadkit.retries").timers()).hasSize(2);
        // every 429, the one it was told to send and the throttle's: each one a wait, and no retry spent
        long throttled = requests.stream().filter(request -> request.status() == 429).count();
        assertThat(throttled).isPositive();
        assertThat(registry.get("leadkit.rate.limit.waits").tag("platform", "autocalls").timer().count()).isEqualTo(throttled);
        // the pages delivered, and the one listing that ended
        assertThat(registry.get("leadkit.pages").timer().count()).isEqualTo(10);
        assertThat(registry.get("leadkit.listings").tag("outcome", "ended").timer().count()).isEqualTo(1);
        assertThat(registry.find("leadkit.listings").tag("outcome", "failed").timers()).isEmpty();
        // and it says so: the sandbox first, then every meter on a line
        assertThat(out.firstLine()).contains("embedded Autocalls sandbox");
        assertThat(out.text()).contains("listed 250 leads; the meters:")
                .contains("  leadkit.attempts{error=none,method=GET,platform=autocalls,status=200} count=10 total=")
                .contains("  leadkit.retries{error=none,platform=autocalls,reason=HTTP 503} count=1 total=")
                .contains("  leadkit.pages{error=none,platform=autocalls} count=10 total=")
                .contains("the sandbox received " + result.requests().size() + " requests: ");
        assertThat(out.text().lines().filter(line -> line.startsWith("  leadkit."))).hasSize(result.registry().getMeters().size());
    }
}
