package dev.leadkit.examples;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.core.Lead;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.tracking.TrackingClient;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The main example: every lead of three vendors as one {@code Stream<Lead>}, through the common view.
 *
 * <p>Run it from the IDE (Run on this class) or with {@code mvn -B -q -pl examples exec:java}. Each vendor
 * whose API key is not in the environment is served by its embedded sandbox.
 */
public final class AllLeads {

    private AllLeads() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    static void run(Map<String, String> env, PrintStream out) {
        try (Connection<AutocallsClient> autocalls = Connection.autocalls(env, out);
                Connection<OrgLeadsClient> orgleads = Connection.orgleads(env, out);
                Connection<TrackingClient> tracking = Connection.tracking(env, out)) {

            Stream<Tagged> all = Stream.of(
                    autocalls.client().leads().list().stream().map(lead -> new Tagged("autocalls", lead)),
                    orgleads.client().leads().list().stream().map(lead -> new Tagged("orgleads", lead)),
                    tracking.client().leads().list().stream().map(lead -> new Tagged("tracking", lead)))
                    .flatMap(Function.identity());

            Map<String, Long> perVendor = new TreeMap<>();
            out.println();
            out.printf("%-10s %-26s %-24s %-16s %-32s %-20s %s%n", "vendor", "id", "name", "phone", "email", "status", "created");
            all.forEach(tagged -> {
                long seen = perVendor.merge(tagged.vendor, 1L, Long::sum);
                if (seen <= 4) {
                    print(out, tagged);
                }
            });
            out.println();
            out.println("leads per vendor: " + perVendor.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))
                    + " (first 4 of each shown; every page was fetched lazily as the stream reached it)");
        }
    }

    private static void print(PrintStream out, Tagged tagged) {
        Lead lead = tagged.lead;
        out.printf("%-10s %-26s %-24s %-16s %-32s %-20s %s%n", tagged.vendor, lead.id(), cut(lead.name().orElse("-"), 24),
                lead.phones().stream().findFirst().orElse("-"), cut(lead.emails().stream().findFirst().orElse("-"), 32),
                lead.statusValue(), lead.createdAt().map(Object::toString).orElse("-"));
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** A lead and the vendor it came from. */
    private static final class Tagged {
        final String vendor;
        final Lead lead;

        Tagged(String vendor, Lead lead) {
            this.vendor = vendor;
            this.lead = lead;
        }
    }
}
