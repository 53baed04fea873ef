package dev.leadkit.bench;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.LeadClient;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.orgleads.OrgLeadQuery;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.SandboxRequest;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLeadQuery;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The throttled listing: a listing of many pages of 100 read from a sandbox whose throttle allows fewer
 * requests a window than a prefetching listing would send at once, on the real clock, the client waiting for
 * real. Each read gets a fresh sandbox (a fresh window) and a fresh client (a fresh rate pacer). The sandbox
 * opens its windows as Laravel does, at the first request after the last one closed, so the read's first
 * request opens the first.
 */
final class ThrottledRun {

    /** The listing's vendor: its sandbox, its client and its listing of pages of 100. */
    enum Vendor {
        AUTOCALLS("Autocalls") {
            Sandbox sandbox(int leads, int budget, Duration window) {
                return AutocallsSandbox.builder().leads(leads).seed(1).throttle(budget, window).start();
            }

            LeadClient<?, ?> client(Sandbox sandbox, UnaryOperator<ClientBuilder<?>> settings) {
                return (LeadClient<?, ?>) settings.apply(AutocallsClient.builder().apiKey(sandbox.apiKey())
                        .baseUrl(sandbox.baseUrl())).build();
            }

            PagedIterable<?> listing(LeadClient<?, ?> client) {
                return ((AutocallsClient) client).leads().list(AutocallsLeadQuery.builder().perPage(VendorPages.PER_PAGE).build());
            }
        },
        NEXUS_ERP("Nexus ERP") {
            Sandbox sandbox(int leads, int budget, Duration window) {
                return OrgLeadsSandbox.builder().leads(leads).seed(1).throttle(budget, window).start();
            }

            LeadClient<?, ?> client(Sandbox sandbox, UnaryOperator<ClientBuilder<?>> settings) {
                return (LeadClient<?, ?>) settings.apply(OrgLeadsClient.builder().apiKey(sandbox.apiKey())
                        .baseUrl(sandbox.baseUrl())).build();
            }

            PagedIterable<?> listing(LeadClient<?, ?> client) {
                return ((OrgLeadsClient) client).leads().list(OrgLeadQuery.builder().pageSize(VendorPages.PER_PAGE).build());
            }
        },
        OCTANIST("Octanist") {
            Sandbox sandbox(int leads, int budget, Duration window) {
                return TrackingSandbox.builder().leads(leads).seed(1).throttle(budget, window).start();
            }

            LeadClient<?, ?> client(Sandbox sandbox, UnaryOperator<ClientBuilder<?>> settings) {
                return (LeadClient<?, ?>) settings.apply(TrackingClient.builder().apiKey(sandbox.apiKey())
                        .baseUrl(sandbox.baseUrl())).build();
            }

            PagedIterable<?> listing(LeadClient<?, ?> client) {
                return ((TrackingClient) client).leads().list(TrackingLeadQuery.builder().limit(VendorPages.PER_PAGE).build());
            }
        };

        final String label;

        Vendor(String label) {
            this.label = label;
        }

        abstract Sandbox sandbox(int leads, int budget, Duration window);

        abstract LeadClient<?, ?> client(Sandbox sandbox, UnaryOperator<ClientBuilder<?>> settings);

        abstract PagedIterable<?> listing(LeadClient<?, ?> client);
    }

    /**
     * What one read came to.
     *
     * @param leads        the leads read (all of them, unless it failed)
     * @param wall         from the read's start to its last lead, or to its failure
     * @param floor        the floor of the read, by {@link #floor}
     * @param requests     every request the sandbox received
     * @param throttled    the requests it answered 429
     * @param mostInWindow the most 429s of one throttle window
     * @param mostForPage  the most 429s one page's request met (the client gives up on a request after ten in a row)
     * @param failure      the exception the read ended with, if it failed
     */
    record Result(long leads, Duration wall, Duration floor, int requests, int throttled, int mostInWindow,
                  int mostForPage, Optional<LeadkitException> failure) {

        double ratio() {
            return (double) wall.toNanos() / floor.toNanos();
        }
    }

    private ThrottledRun() {
    }

    /**
     * The floor of a listing of {@code pages} pages under a throttle of {@code budget} requests a window:
     * the time from the listing's start until the last window it needs opens, when its last pages can be
     * sent. It needs {@code ceil(pages / budget)} windows, the first opened by its first request, and waits out
     * all those before the last. The requests' own time on top of it is not counted.
     *
     * @param pages  the pages of the listing, at least 1
     * @param budget the requests a window allows, at least 1
     * @param window the window, positive
     * @return the floor, never negative
     */
    static Duration floor(int pages, int budget, Duration window) {
        if (pages < 1 || budget < 1) {
            throw new IllegalArgumentException("pages and budget must be at least 1: " + pages + ", " + budget);
        }
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("the window must be positive: " + window);
        }
        long windows = (pages + budget - 1) / budget;
        return window.multipliedBy(windows - 1);
    }

    /**
     * The most 429s a throttle window answered, from the sandbox's requests in the order it counted them: in
     * a fixed window the throttle admits its budget first and rejects the rest, and a new window always
     * admits its first request, so the 429s of one window are one unbroken run, and each run is one window's.
     */
    static int most429sInAWindow(List<SandboxRequest> requests) {
        int most = 0;
        int run = 0;
        for (SandboxRequest request : requests) {
            run = request.status() == 429 ? run + 1 : 0;
            most = Math.max(most, run);
        }
        return most;
    }

    /** The most 429s one page met: the requests for a page are one request of the client and its repeats. */
    static int most429sForAPage(List<SandboxRequest> requests) {
        return requests.stream().filter(request -> request.status() == 429)
                .collect(Collectors.groupingBy(request -> request.query("page").orElse("1"), Collectors.counting()))
                .values().stream().mapToInt(Long::intValue).max().orElse(0);
    }

    /**
     * Reads the whole listing once, from a fresh sandbox throttled to {@code budget} requests a {@code window}
     * with a fresh client.
     *
     * @param vendor    whose sandbox and client
     * @param pages     how many pages of 100 leads the listing has
     * @param prefetch  the prefetch window, 0 for sequential reading
     * @param ownLimit  whether the client has its own {@code rateLimit(budget, window)}
     */
    static Result read(Vendor vendor, int pages, int budget, Duration window, int prefetch, boolean ownLimit) {
        try (Sandbox sandbox = vendor.sandbox(pages * VendorPages.PER_PAGE, budget, window);
                LeadClient<?, ?> client = vendor.client(sandbox,
                        builder -> ownLimit ? builder.rateLimit(budget, window) : builder)) {
            PagedIterable<?> listing = vendor.listing(client);
            PagedIterable<?> read = prefetch == 0 ? listing : listing.prefetch(prefetch);
            long started = System.nanoTime();
            long leads = 0;
            Optional<LeadkitException> failure = Optional.empty();
            try (Stream<?> stream = read.stream()) {
                leads = stream.count();
            } catch (LeadkitException e) {
                failure = Optional.of(e);
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - started);
            List<SandboxRequest> requests = sandbox.requests();
            int throttled = (int) requests.stream().filter(request -> request.status() == 429).count();
            return new Result(leads, wall, floor(pages, budget, window), requests.size(), throttled,
                    most429sInAWindow(requests), most429sForAPage(requests), failure);
        }
    }

    /** One table row of a read. */
    static String row(Vendor vendor, int pages, int budget, Duration window, int prefetch, boolean ownLimit, Result result) {
        String label = String.format(Locale.ROOT, "5. throttled %d/%ds, %s %d pages, %s%s", budget, window.toSeconds(),
                vendor.label, pages, prefetch == 0 ? "sequential" : "prefetch(" + prefetch + ")",
                ownLimit ? ", own limit" : "");
        String counts = String.format(Locale.ROOT, "%d requests, %d × 429 (at most %d a window, %d for one page)",
                result.requests(), result.throttled(), result.mostInWindow(), result.mostForPage());
        if (result.failure().isPresent()) {
            LeadkitException failure = result.failure().get();
            return String.format(Locale.ROOT, "%-64s FAILED after %,d ms and %,d leads: %s: %s; %s", label,
                    result.wall().toMillis(), result.leads(), failure.getClass().getSimpleName(),
                    failure.getMessage().lines().findFirst().orElse(""), counts);
        }
        if (result.leads() != (long) pages * VendorPages.PER_PAGE) {
            return String.format(Locale.ROOT, "%-64s INCOMPLETE: %,d leads of %,d; %s", label, result.leads(),
                    (long) pages * VendorPages.PER_PAGE, counts);
        }
        return String.format(Locale.ROOT, "%-64s %18s %18s %8.2f   %s", label,
                String.format(Locale.ROOT, "wall %,d", result.wall().toMillis()),
                String.format(Locale.ROOT, "floor %,d", result.floor().toMillis()), result.ratio(), counts);
    }
}
