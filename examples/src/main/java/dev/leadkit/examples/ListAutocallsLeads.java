package dev.leadkit.examples;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.autocalls.AutocallsLeadStatus;
import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lists the completed leads of an Autocalls-platform account with filters, through a {@code Stream}, and
 * groups them by campaign.
 *
 * <p>Run it from the IDE, or with {@code mvn -B -q -pl examples exec:java -Dexec.mainClass=dev.leadkit.examples.ListAutocallsLeads}.
 * Set {@code AUTOCALLS_API_KEY} (and {@code AUTOCALLS_BASE_URL} for Aiployees, Sondos AI or another white
 * label) to read your own account; without it the embedded sandbox answers.
 */
public final class ListAutocallsLeads {

    private ListAutocallsLeads() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    static void run(Map<String, String> env, PrintStream out) {
        try (Connection<AutocallsClient> autocalls = Connection.autocalls(env, out)) {
            AutocallsLeadQuery query = AutocallsLeadQuery.builder()
                    .status(AutocallsLeadStatus.COMPLETED)                       // 100 a page, the largest
                    .build();

            Map<String, Long> perCampaign = autocalls.client().leads().list(query).stream()
                    .peek(lead -> out.printf("%-8s %-16s %-24s %s%n", lead.id(), lead.phoneNumber(),
                            lead.name().orElse("-"), lead.variable("email").orElse("-")))
                    .collect(Collectors.groupingBy(ListAutocallsLeads::campaignName, java.util.TreeMap::new,
                            Collectors.counting()));

            out.println();
            out.println("completed leads per campaign: " + perCampaign);
        }
    }

    private static String campaignName(AutocallsLead lead) {
        return lead.campaign().flatMap(campaign -> campaign.name()).orElse("(no campaign)");
    }
}
