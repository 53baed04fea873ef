package dev.leadkit.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.Lead;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.orgleads.OrgLeadQuery;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.AutocallsSandboxLead;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.OrgLeadsSandboxLead;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.testkit.TrackingSandboxLead;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLeadQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Numbered pages shift when leads are added during a long read. Each vendor is played by sandboxes
 * holding the listing as it was before and after new leads arrived at its top, behind one server that
 * answers the first pages from the old listing and the later ones from the new: the changed total is
 * logged as a WARNING on {@code dev.leadkit.paging}, and {@code distinctById()} drops the repeats.
 */
@ResourceLock("java.util.logging:dev.leadkit")
class DriftTest {

    private static final int PAGE_SIZE = 10;

    private final List<LogRecord> warnings = Collections.synchronizedList(new ArrayList<>());
    /**
     * The thread the test reads on: its listings are read sequentially, so their warnings come on it, while other
     * test classes running at the same time log their own drifting listings on the same logger.
     */
    private volatile Thread reading;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && Thread.currentThread() == reading) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    /** Held strongly: JUL keeps loggers weakly, and a collected one would lose the handler. */
    private final Logger paging = Logger.getLogger("dev.leadkit.paging");

    @BeforeEach
    void captureWarnings() {
        reading = Thread.currentThread();
        paging.addHandler(capture);
    }

    @AfterEach
    void releaseWarnings() {
        paging.removeHandler(capture);
    }

    /** One vendor: its sandbox, served with some of its leads left out, and its client's listing. */
    interface Vendor {
        /** {@code count} generated leads. */
        Sandbox generate(int count);

        /** A sandbox serving the leads of {@code full} except those whose id is in {@code leftOut}. */
        Sandbox without(Sandbox full, Set<String> leftOut);

        /** A client of {@code sandbox} and its listing, {@link #PAGE_SIZE} a page. */
        FaultSuite.Listing list(String baseUrl, String apiKey);

        String name();
    }

    static Stream<Vendor> vendors() {
        return Stream.of(new Vendor() {
            @Override
            public Sandbox generate(int count) {
                return AutocallsSandbox.builder().leads(count).seed(5).start();
            }

            @Override
            public Sandbox without(Sandbox full, Set<String> leftOut) {
                return AutocallsSandbox.builder().leads(((AutocallsSandbox) full).leads().stream()
                        .filter(lead -> !leftOut.contains(Long.toString(lead.id()))).collect(Collectors.toList())).start();
            }

            @Override
            public FaultSuite.Listing list(String baseUrl, String apiKey) {
                AutocallsClient client = AutocallsClient.builder().baseUrl(baseUrl).apiKey(apiKey).sleeper(d -> { }).build();
                return new FaultSuite.Listing(client, client.leads().list(AutocallsLeadQuery.builder().perPage(PAGE_SIZE).build()));
            }

            @Override
            public String name() {
                return "Autocalls";
            }

            @Override
            public String toString() {
                return name();
            }
        }, new Vendor() {
            @Override
            public Sandbox generate(int count) {
                return TrackingSandbox.builder().leads(count).seed(5).start();
            }

            @Override
            public Sandbox without(Sandbox full, Set<String> leftOut) {
                List<TrackingSandboxLead> leads = ((TrackingSandbox) full).leads();
                return TrackingSandbox.builder().leads(leads.stream().filter(lead -> !leftOut.contains(lead.id()))
                        .collect(Collectors.toList())).start();
            }

            @Override
            public FaultSuite.Listing list(String baseUrl, String apiKey) {
                TrackingClient client = TrackingClient.builder().baseUrl(baseUrl).apiKey(apiKey).sleeper(d -> { }).build();
                return new FaultSuite.Listing(client, client.leads().list(TrackingLeadQuery.builder().limit(PAGE_SIZE).build()));
            }

            @Override
            public String name() {
                return "Octanist";
            }

            @Override
            public String toString() {
                return name();
            }
        }, new Vendor() {
            @Override
            public Sandbox generate(int count) {
                return OrgLeadsSandbox.builder().leads(count).seed(5).start();
            }

            @Override
            public Sandbox without(Sandbox full, Set<String> leftOut) {
                List<OrgLeadsSandboxLead> leads = ((OrgLeadsSandbox) full).leads();
                return OrgLeadsSandbox.builder().leads(leads.stream().filter(lead -> !leftOut.contains(lead.id()))
                        .collect(Collectors.toList())).start();
            }

            @Override
            public FaultSuite.Listing list(String baseUrl, String apiKey) {
                OrgLeadsClient client = OrgLeadsClient.builder().baseUrl(baseUrl).apiKey(apiKey).sleeper(d -> { }).build();
                return new FaultSuite.Listing(client, client.leads().list(OrgLeadQuery.builder().pageSize(PAGE_SIZE).build()));
            }

            @Override
            public String name() {
                return "Nexus ERP";
            }

            @Override
            public String toString() {
                return name();
            }
        });
    }

    /** The ids of a listing, in the order it delivers them. */
    private static List<String> ids(PagedIterable<? extends Lead> leads) {
        return leads.stream().map(Lead::id).collect(Collectors.toList());
    }

    /** The full listing's ids in the vendor's order, read through the vendor's client. */
    private static List<String> order(Vendor vendor, Sandbox sandbox) throws Exception {
        try (FaultSuite.Listing listing = vendor.list(sandbox.baseUrl(), sandbox.apiKey())) {
            return ids(listing.leads);
        }
    }

    /** The page a forwarded request asks for; page 1 when it names none. */
    private static int page(HttpUrl url) {
        String page = url.queryParameter("page");
        return page == null ? 1 : Integer.parseInt(page);
    }

    /** The origin of the sandbox that answers {@code page}: the first whose range holds it. */
    private static Function<HttpUrl, String> answering(int[] lastPages, Sandbox... sandboxes) {
        return url -> {
            for (int i = 0; i < lastPages.length; i++) {
                if (page(url) <= lastPages[i]) {
                    return HttpUrl.get(sandboxes[i].baseUrl()).resolve("/").toString();
                }
            }
            return HttpUrl.get(sandboxes[sandboxes.length - 1].baseUrl()).resolve("/").toString();
        };
    }

    /** The base URL a client of {@code forwarding} needs: the sandbox's, on the forwarding server's port. */
    private static String baseUrl(ForwardingServer forwarding, Sandbox sandbox) {
        HttpUrl through = HttpUrl.get(forwarding.origin());
        return HttpUrl.get(sandbox.baseUrl()).newBuilder().port(through.port()).build().toString().replaceAll("/$", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void leadAddedMidReadIsLoggedAsDriftAndRepeatsTheLeadDistinctByIdDrops(Vendor vendor) throws Exception {
        try (Sandbox after = vendor.generate(51)) {
            List<String> all = order(vendor, after);
            String added = all.get(0);
            try (Sandbox before = vendor.without(after, Set.of(added));
                    ForwardingServer vendorServer = new ForwardingServer(answering(new int[] {2}, before, after), body -> body);
                    FaultSuite.Listing listing = vendor.list(baseUrl(vendorServer, before), before.apiKey())) {

                List<String> plain = ids(listing.leads);
                List<String> distinct = ids(listing.leads.distinctById());

                // pages 1-2 from the 50 leads before, 3-6 from the 51 after: the 20th lead comes again on page 3
                String repeated = all.get(2 * PAGE_SIZE);
                assertThat(plain).hasSize(51).doesNotContain(added);
                assertThat(plain.stream().filter(repeated::equals)).hasSize(2);
                assertThat(Set.copyOf(plain)).hasSize(50);
                assertThat(distinct).doesNotHaveDuplicates().containsExactlyElementsOf(all.subList(1, all.size()));

                // one warning per walk, naming both totals and the pages
                assertThat(warnings).hasSize(2);
                assertThat(new SimpleFormatter().formatMessage(warnings.get(0)))
                        .contains("from 50 on page 2", "to 51 on page 3", "distinctById()");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void leadRepeatedOnThreePagesWhenAPageWorthOfLeadsArrivesMidReadIsDeliveredOnce(Vendor vendor) throws Exception {
        // 1 lead arrives before page 3 is read, 10 more (a whole page) before page 4: the 30th lead of the
        // first listing is on page 2, again on page 3 and again on page 4
        try (Sandbox latest = vendor.generate(61)) {
            List<String> all = order(vendor, latest);
            try (Sandbox first = vendor.without(latest, Set.copyOf(all.subList(0, 11)));
                    Sandbox second = vendor.without(latest, Set.copyOf(all.subList(0, 10)));
                    ForwardingServer vendorServer = new ForwardingServer(
                            answering(new int[] {2, 3}, first, second, latest), body -> body);
                    FaultSuite.Listing listing = vendor.list(baseUrl(vendorServer, first), first.apiKey())) {

                List<String> distinct = ids(listing.leads.distinctById());

                assertThat(distinct).doesNotHaveDuplicates().containsExactlyElementsOf(all.subList(11, all.size()));
                assertThat(warnings).hasSize(1);
            }
        }
    }
}
