package dev.leadkit.examples;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.ApiException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.testkit.Fault;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What each failure carries, and how a broken export resumes where it stopped with {@code startingAt}.
 *
 * <ol>
 *   <li>a query the vendor would refuse is refused before any request ({@link IllegalArgumentException});
 *   <li>a wrong key: an {@link dev.leadkit.core.AuthenticationException} with the status and the vendor's message;
 *   <li>a sync that breaks on page 3 (against the sandbox: five 503s in a row, more than the retries;
 *       against a real account: the example stops itself after page 2), then resumes from the page the
 *       exception names, and every lead is read exactly once.
 * </ol>
 *
 * <p>Run it from the IDE, or with {@code mvn -B -q -pl examples exec:java -Dexec.mainClass=dev.leadkit.examples.ErrorsAndResume}.
 */
public final class ErrorsAndResume {

    private ErrorsAndResume() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    static int run(Map<String, String> env, PrintStream out) {
        try (Connection<AutocallsClient> autocalls = Connection.autocalls(env, out)) {
            out.println();
            out.println("1. Bad input fails before any request:");
            try {
                AutocallsLeadQuery.builder().perPage(500).build();
            } catch (IllegalArgumentException e) {
                out.println("   IllegalArgumentException: " + e.getMessage());
            }

            out.println("2. A wrong key:");
            String baseUrl = autocalls.sandbox().map(s -> s.baseUrl()).orElse(env.getOrDefault("AUTOCALLS_BASE_URL", AutocallsClient.AUTOCALLS));
            try (AutocallsClient wrongKey = AutocallsClient.builder().apiKey("0|not-a-key").baseUrl(baseUrl).build()) {
                wrongKey.leads().list().stream().findFirst();
            } catch (ApiException e) {
                out.println("   " + e.getClass().getSimpleName() + ": status " + e.statusCode() + ", vendor says \""
                        + e.vendorMessage().orElse("") + "\", code " + e.errorCode().orElse("-"));
            }

            out.println("3. A sync that breaks, then resumes:");
            PagedIterable<AutocallsLead> leads = autocalls.client().leads().list(AutocallsLeadQuery.builder().perPage(25).build());
            Set<String> synced = new HashSet<>();
            int resumeAt = firstRun(autocalls, leads, synced, out);
            out.println("   resuming at page " + resumeAt + " with startingAt(" + resumeAt + ")");
            leads.startingAt(resumeAt).forEach(lead -> {
                if (!synced.add(lead.id())) {
                    throw new IllegalStateException("lead " + lead.id() + " was read twice");
                }
            });
            out.println("   done: " + synced.size() + " leads, each read exactly once");
            return synced.size();
        }
    }

    /** Syncs until it breaks; returns the page to resume from. */
    private static int firstRun(Connection<AutocallsClient> autocalls, PagedIterable<AutocallsLead> leads,
            Set<String> synced, PrintStream out) {
        autocalls.sandbox().ifPresent(sandbox -> {
            // page 3 is the third request of this listing: fail it and its 3 retries, as an outage would
            int page3 = sandbox.requests().size() + 3;
            for (int attempt = 0; attempt < 4; attempt++) {
                sandbox.faults().onRequest(page3 + attempt, Fault.status(503));
            }
        });
        try {
            for (AutocallsLead lead : leads) {
                synced.add(lead.id());
                if (autocalls.sandbox().isEmpty() && synced.size() == 50) {
                    out.println("   stopped on purpose after page 2: a real vendor cannot be told to fail page 3");
                    return 3;
                }
            }
            return 1;
        } catch (LeadkitException e) {
            out.println("   " + e.getClass().getSimpleName() + " after " + synced.size() + " leads: " + e.getMessage());
            return e.page().orElse(1);
        } finally {
            autocalls.sandbox().ifPresent(sandbox -> sandbox.faults().clear());
        }
    }
}
