import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.autocalls.AutocallsLeadStatus;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadSyncTest {

    @Test
    void syncsEveryCompletedLeadOnceEvenWhenTheServerHiccups() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(2_000).seed(42).apiKey("12|test").start();
             AutocallsClient client = AutocallsClient.builder()
                     .apiKey(sandbox.apiKey())
                     .baseUrl(sandbox.baseUrl())    // http://127.0.0.1:PORT/api — http is allowed on loopback
                     .sleeper(wait -> { })          // retries without waiting
                     .build()) {
            sandbox.faults().onRequest(3, Fault.status(503));      // request #3 fails, the client retries it

            List<AutocallsLead> synced = client.leads().list(AutocallsLeadQuery.builder()
                    .status(AutocallsLeadStatus.COMPLETED).build()).stream().toList();

            long expected = sandbox.leads().stream().filter(lead -> lead.status().equals("completed")).count();
            assertThat(synced).hasSize((int) expected);
            assertThat(synced).extracting(AutocallsLead::id).doesNotHaveDuplicates();
            assertThat(sandbox.requests().get(0).query("status")).contains("completed");
        }
    }
}
