package dev.leadkit.examples;

import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingField;
import dev.leadkit.tracking.TrackingFilter;
import dev.leadkit.tracking.TrackingLead;
import dev.leadkit.tracking.TrackingLeadQuery;
import dev.leadkit.tracking.TrackingLeadStatus;
import dev.leadkit.tracking.TrackingSort;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Lists the won and lost Google Ads leads worth 100 or more of an Octanist account, most valuable first,
 * with Octanist's filter grammar: the query is checked before any request is sent.
 *
 * <p>Run it from the IDE, or with {@code mvn -B -q -pl examples exec:java -Dexec.mainClass=dev.leadkit.examples.ListTrackingLeads}.
 * Set {@code TRACKING_API_KEY} to read your own account; without it the embedded sandbox answers.
 */
public final class ListTrackingLeads {

    private ListTrackingLeads() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    static void run(Map<String, String> env, PrintStream out) {
        try (Connection<TrackingClient> tracking = Connection.tracking(env, out)) {
            TrackingLeadQuery query = TrackingLeadQuery.builder()
                    .status(TrackingLeadStatus.WON, TrackingLeadStatus.LOST)       // status=won,lost
                    .filter(TrackingFilter.gte(TrackingField.VALUE, new BigDecimal("100")))   // value[gte]=100
                    .filter(TrackingFilter.exists(TrackingField.GCLID, true))    // gclid[exists]=true
                    .sort(TrackingSort.desc(TrackingField.VALUE))                 // sort=value:desc; limit=100
                    .build();

            BigDecimal total = tracking.client().leads().list(query).stream()
                    .peek(lead -> out.printf("%-14s %-24s %-8s %10s  %s%n", lead.id(), lead.name().orElse("-"),
                            lead.statusValue(), lead.value().map(BigDecimal::toPlainString).orElse("-"),
                            lead.gclid().orElse("-")))
                    .map(TrackingLead::value)
                    .flatMap(java.util.Optional::stream)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);

            out.println();
            out.println("total value of won and lost Google Ads leads worth 100 or more: " + total.toPlainString());
        }
    }
}
