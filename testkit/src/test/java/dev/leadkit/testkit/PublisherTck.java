package dev.leadkit.testkit;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.PagedIterable;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.Test;

/**
 * The Reactive Streams TCK's publisher rules, run against {@code PagedIterable.publisher()} of real Autocalls
 * listings over loopback HTTP: the real client, pages of {@value #PER_PAGE} leads from an {@link AutocallsSandbox}
 * holding exactly the number of leads the TCK asks for (a {@link ComputedAutocallsListing} past
 * {@value #HELD_LEADS}, for the rule that wants {@code Integer.MAX_VALUE}). Every sandbox and client a test
 * creates is closed after it. The TestNG engine runs these classes in the same surefire run as the JUnit tests.
 *
 * <p>Skipped: only the TCK's {@code untested_*} rules, which it does not verify. The rules on a publisher that
 * fails at subscribe run against a listing of a closed client ({@link #createFailedFlowPublisher()}).
 */
abstract class PublisherTck extends FlowPublisherVerification<AutocallsLead> {

    static final int PER_PAGE = 2;
    /** The largest listing generated and held by a sandbox; larger ones are computed page by page. */
    static final int HELD_LEADS = 10_000;
    /**
     * Loopback HTTP answers within milliseconds; the generous timeout is only waited out when a test fails. The
     * no-signal wait is paid by every test that checks that nothing more arrives, so it decides the suite's time.
     */
    private static final long TIMEOUT_MILLIS = 5_000;
    private static final long NO_SIGNALS_MILLIS = 200;
    private static final long POLL_MILLIS = 20;
    /** The TCK's wait before its one collection for rule 3.13; unused, as that rule is overridden below. */
    private static final long GC_TIMEOUT_MILLIS = 300;
    /** How long rule 3.13 waits, at most, for the cancelled subscriber to be collected. */
    private static final long COLLECTED_WITHIN_MILLIS = 10_000;

    private final TestEnvironment env;
    private final List<AutoCloseable> opened = new CopyOnWriteArrayList<>();

    PublisherTck() {
        this(new ErrorAwaitingEnvironment());
    }

    private PublisherTck(TestEnvironment env) {
        super(env, GC_TIMEOUT_MILLIS);
        this.env = env;
    }

    /**
     * Rule 3.13 as the TCK checks it (one element taken, then cancel: the publisher must let go of the subscriber),
     * but collecting until the subscriber is gone or {@value #COLLECTED_WITHIN_MILLIS} ms have passed. The TCK
     * sleeps {@value #GC_TIMEOUT_MILLIS} ms, collects once and looks at the reference queue for 100 ms: on a
     * loaded machine the pager thread that delivered the element may not have returned from {@code onNext} by
     * then, or the reference handler not have queued the cleared reference, and the rule failed though the
     * publisher had dropped the subscriber at the cancel. A publisher that keeps it still fails, at the bound.
     */
    @Override
    @Test
    public void required_spec313_cancelMustMakeThePublisherEventuallyDropAllReferencesToTheSubscriber() throws Throwable {
        activePublisherTest(3, false, publisher -> {
            ReferenceQueue<Object> collected = new ReferenceQueue<>();
            WeakReference<Object> subscriber = takeOneAndCancel(publisher, collected);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(COLLECTED_WITHIN_MILLIS);
            Reference<?> gone = null;
            while (gone == null && System.nanoTime() < deadline) {
                System.gc();
                gone = collected.remove(100);
            }
            if (gone != subscriber) {
                env.flop("Publisher " + publisher + " did not drop reference to test subscriber after subscription"
                        + " cancellation (waited " + COLLECTED_WITHIN_MILLIS + " ms)");
            }
            env.verifyNoAsyncErrorsNoDelay();
        });
    }

    /** Subscribes, takes one element and cancels; only the weak reference outlives this frame. */
    private WeakReference<Object> takeOneAndCancel(Publisher<AutocallsLead> publisher, ReferenceQueue<Object> collected)
            throws InterruptedException {
        TestEnvironment.ManualSubscriber<AutocallsLead> subscriber = env.newManualSubscriber(publisher);
        WeakReference<Object> reference = new WeakReference<>(subscriber, collected);
        subscriber.request(1);
        subscriber.nextElement();
        subscriber.cancel();
        return reference;
    }

    /**
     * The TCK's environment, except that a subscriber expecting {@code onError} waits for it up to the timeout.
     * The TCK 1.0.4's own wait ({@code Receptacle.expectError}) computes the time left as {@code -now - start}
     * instead of subtracting the time spent, so it gives up after its first poll ({@value #POLL_MILLIS} ms):
     * on a busy machine the publisher's loop delivers the rule 3.9 error later than that, the test fails, and
     * the error lands in the next test's environment.
     */
    private static final class ErrorAwaitingEnvironment extends TestEnvironment {

        ErrorAwaitingEnvironment() {
            super(TIMEOUT_MILLIS, NO_SIGNALS_MILLIS, POLL_MILLIS);
        }

        @Override
        public <T> ManualSubscriber<T> newManualSubscriber(Publisher<T> pub, long timeoutMillis) throws InterruptedException {
            ManualSubscriber<T> subscriber = new ErrorAwaitingSubscriber<>(this);
            subscribe(pub, subscriber, timeoutMillis);
            return subscriber;
        }
    }

    /** The TCK's manual subscriber, whose {@code expectError} first waits until {@code onError} was received. */
    private static final class ErrorAwaitingSubscriber<T> extends TestEnvironment.ManualSubscriberWithSubscriptionSupport<T> {

        private final CountDownLatch errorReceived = new CountDownLatch(1);

        ErrorAwaitingSubscriber(TestEnvironment env) {
            super(env);
        }

        @Override
        public void onError(Throwable cause) {
            super.onError(cause); // records it where the TCK's expectError looks
            errorReceived.countDown();
        }

        @Override
        public <E extends Throwable> E expectError(Class<E> expected, long timeoutMillis, long pollTimeoutMillis,
                String errorMsg) throws Exception {
            errorReceived.await(timeoutMillis, TimeUnit.MILLISECONDS);
            return super.expectError(expected, timeoutMillis, pollTimeoutMillis, errorMsg);
        }
    }

    /** The listing under test, from the sandbox's {@code list(perPage = 2)}: sequential or prefetching. */
    abstract PagedIterable<AutocallsLead> listing(PagedIterable<AutocallsLead> fromPageOne);

    @Override
    public Flow.Publisher<AutocallsLead> createFlowPublisher(long elements) {
        String baseUrl;
        String apiKey;
        if (elements <= HELD_LEADS) {
            AutocallsSandbox sandbox = AutocallsSandbox.builder().leads((int) elements).start();
            opened.add(sandbox);
            baseUrl = sandbox.baseUrl();
            apiKey = sandbox.apiKey();
        } else {
            ComputedAutocallsListing computed = new ComputedAutocallsListing(elements);
            opened.add(computed);
            baseUrl = computed.baseUrl();
            apiKey = computed.apiKey();
        }
        AutocallsClient client = AutocallsClient.builder().apiKey(apiKey).baseUrl(baseUrl).sleeper(wait -> { }).build();
        opened.add(client);
        return listing(client.leads().list(AutocallsLeadQuery.builder().perPage(PER_PAGE).build())).publisher();
    }

    /**
     * A listing of a client that is closed: it cannot be served, and says so at subscribe, with
     * {@code onSubscribe} and then {@code onError(IllegalStateException)}, before any demand.
     */
    @Override
    public Flow.Publisher<AutocallsLead> createFailedFlowPublisher() {
        AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(4).start();
        opened.add(sandbox);
        AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build();
        PagedIterable<AutocallsLead> listing = listing(client.leads().list(AutocallsLeadQuery.builder().perPage(PER_PAGE).build()));
        client.close();
        return listing.publisher();
    }

    /** A listing's total is an int on the wire, so {@code Integer.MAX_VALUE} leads (computed, not held). */
    @Override
    public long maxElementsFromPublisher() {
        return Integer.MAX_VALUE;
    }

    /** Clients first (cancelling what they still have in flight), then the sandboxes. */
    @AfterMethod(alwaysRun = true)
    public void closeWhatTheTestOpened() throws Exception {
        List<AutoCloseable> toClose = new ArrayList<>(opened);
        opened.clear();
        Collections.reverse(toClose);
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }
}
