package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.Page;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cancelling {@code pageAsync(n)}'s future cancels its HTTP call, whether or not the caller allows
 * interrupting: the real Autocalls client against a sandbox whose answer would take 30 seconds.
 */
class PageAsyncTest {

    @ParameterizedTest(name = "cancel({0})")
    @ValueSource(booleans = {true, false})
    void cancellingTheFutureCancelsTheCallInFlight(boolean mayInterruptIfRunning) throws Exception {
        CancelledCalls calls = new CancelledCalls();
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(6).start();
                AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())
                        .httpClient(calls.client()).build()) {
            sandbox.faults().onRequest(1, Fault.delay(Duration.ofSeconds(30)));
            CompletableFuture<Page<AutocallsLead>> page = client.leads()
                    .list(AutocallsLeadQuery.builder().perPage(2).build()).pageAsync(2);
            awaitFirstRequest(sandbox);

            assertThat(page.cancel(mayInterruptIfRunning)).as("cancelled while in flight").isTrue();

            assertThat(calls.pagesOnceOneIsCancelled(10)).containsExactly("2");
            assertThat(page).isCancelled(); // not completed by the fetch its cancel made fail
        }
    }

    private static void awaitFirstRequest(AutocallsSandbox sandbox) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sandbox.requests().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(sandbox.requests()).as("the request reached the sandbox").isNotEmpty();
    }
}
