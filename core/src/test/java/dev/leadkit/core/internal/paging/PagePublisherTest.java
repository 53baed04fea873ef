package dev.leadkit.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.ServerException;
import dev.leadkit.core.internal.Events;
import dev.leadkit.core.internal.cancel.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The items of a listing as a {@link Flow.Publisher}: through {@link PagedIterable#publisher()}, whose signals come
 * on the pager threads, and built directly on an executor that runs the drain loop on the requesting thread, so
 * that what a request delivers has been delivered when it returns and the demand can be checked item by item.
 */
class PagePublisherTest {

    /** Runs the drain loop on the thread that raised the demand: each request delivers before it returns. */
    private static final Executor SAME_THREAD = Runnable::run;

    /** How long a test waits to see that nothing more happens. */
    private static final long QUIET_MILLIS = 150;

    /** Records every signal in order, and lets the test, or a hook inside a signal, request and cancel. */
    private static class Recorder<T> implements Flow.Subscriber<T> {
        final List<String> signals = new CopyOnWriteArrayList<>();
        final List<T> items = new CopyOnWriteArrayList<>();
        final Set<String> signalThreads = ConcurrentHashMap.newKeySet();
        final CountDownLatch terminated = new CountDownLatch(1);
        final AtomicBoolean reentered = new AtomicBoolean();
        private final AtomicInteger depth = new AtomicInteger();
        volatile Flow.Subscription subscription;
        volatile Throwable error;
        volatile Thread subscribedOn;
        volatile Consumer<Flow.Subscription> onSubscribeHook = s -> { };
        volatile BiConsumer<Flow.Subscription, T> onNextHook = (s, item) -> { };

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            subscribedOn = Thread.currentThread();
            signals.add("onSubscribe");
            onSubscribeHook.accept(s);
        }

        @Override
        public void onNext(T item) {
            if (depth.incrementAndGet() > 1) {
                reentered.set(true);
            }
            try {
                signalThreads.add(Thread.currentThread().getName());
                items.add(item);
                signals.add("onNext " + item);
                onNextHook.accept(subscription, item);
            } finally {
                depth.decrementAndGet();
            }
        }

        @Override
        public void onError(Throwable failure) {
            signalThreads.add(Thread.currentThread().getName());
            error = failure;
            signals.add("onError");
            terminated.countDown();
        }

        @Override
        public void onComplete() {
            signalThreads.add(Thread.currentThread().getName());
            signals.add("onComplete");
            terminated.countDown();
        }

        void request(long n) {
            subscription.request(n);
        }

        void cancel() {
            subscription.cancel();
        }

        Recorder<T> awaitTerminal() throws InterruptedException {
            assertThat(terminated.await(5, TimeUnit.SECONDS)).as("a terminal signal within 5 s; got %s", signals).isTrue();
            return this;
        }

        void awaitItems(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (items.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertThat(items).as("items within 5 s").hasSizeGreaterThanOrEqualTo(count);
        }
    }

    /** The signals of a subscription that delivered {@code items} and then {@code terminal}, if not null. */
    private static List<String> signals(List<Integer> items, String terminal) {
        List<String> signals = new ArrayList<>();
        signals.add("onSubscribe");
        items.forEach(item -> signals.add("onNext " + item));
        if (terminal != null) {
            signals.add(terminal);
        }
        return signals;
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().collect(Collectors.toList());
    }

    /** {@code listing} walked sequentially, its drain loop run on the requesting thread. */
    private static PagePublisher<Integer> sameThread(Listing listing) {
        return new PagePublisher<>(walksOf(listing::fetch), SAME_THREAD, () -> { });
    }

    private static Supplier<PageIterator<Integer>> walksOf(PageFetcher<Integer> fetcher) {
        return () -> new SequentialPageIterator<>(fetcher, 1, Cancellation.newListing());
    }

    private static <T> Recorder<T> subscribe(Flow.Publisher<T> publisher) {
        Recorder<T> recorder = new Recorder<>();
        publisher.subscribe(recorder);
        return recorder;
    }

    /**
     * A listing of 10 pages of two items whose page 1 comes at once and whose later pages each wait until their
     * walk is cancelled (for at most 10 s) and then fail as a cancelled call does.
     */
    private static final class HangingListing {
        final AtomicInteger requested = new AtomicInteger();
        final CountDownLatch started;
        final CountDownLatch cancelled;

        HangingListing(int hanging) {
            started = new CountDownLatch(hanging);
            cancelled = new CountDownLatch(hanging);
        }

        Page<Integer> fetch(int number, Cancellation cancellation) {
            requested.incrementAndGet();
            if (number == 1) {
                return Page.of(List.of(0, 1), 1, true, 20, 10);
            }
            started.countDown();
            if (SlowFetches.waitUntilCancelled(cancellation)) {
                cancelled.countDown();
                throw new ConnectionException("the call was cancelled");
            }
            return Page.of(List.of(2 * number - 2, 2 * number - 1), number, number < 10, 20, 10);
        }

        PagedIterable<Integer> iterable() {
            return new LazyPagedIterable<>(this::fetch);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A walk of one page of one item that records what is asked of it. */
    private static class RecordingWalk implements PageIterator<Integer> {
        final AtomicInteger nexts = new AtomicInteger();
        volatile boolean closed;

        @Override
        public boolean hasNext() {
            return nexts.get() == 0;
        }

        @Override
        public Page<Integer> next() {
            nexts.incrementAndGet();
            return Page.of(List.of(7), 1, false, 1, 1);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    // --- through PagedIterable.publisher(), on the pager threads

    @Test
    void nothingIsFetchedBeforeTheFirstRequest() throws Exception {
        Listing listing = new Listing(3, 2, true);

        Recorder<Integer> recorder = subscribe(listing.iterable().publisher());

        assertThat(recorder.signals).containsExactly("onSubscribe");
        assertThat(recorder.subscribedOn).as("onSubscribe is called on the subscribing thread").isSameAs(Thread.currentThread());
        Thread.sleep(QUIET_MILLIS);
        assertThat(listing.fetched).isEmpty();

        recorder.request(1);
        recorder.awaitItems(1);
        assertThat(listing.fetched).containsExactly(1);
    }

    @Test
    void everyItemArrivesInOrderThenOnComplete() throws Exception {
        Listing listing = new Listing(3, 2, true);
        Recorder<Integer> recorder = subscribe(listing.iterable().publisher());

        recorder.request(Long.MAX_VALUE);

        recorder.awaitTerminal();
        assertThat(recorder.signals).containsExactlyElementsOf(signals(range(0, 6), "onComplete"));
        assertThat(recorder.error).isNull();
        assertThat(listing.fetched).containsExactly(1, 2, 3);
    }

    @Test
    void signalsArriveOnThePagerThreadsNeverOnTheRequestingThread() throws Exception {
        Listing listing = new Listing(2, 2, true);
        Recorder<Integer> recorder = subscribe(listing.iterable().publisher());

        recorder.request(Long.MAX_VALUE);

        recorder.awaitTerminal();
        assertThat(recorder.signalThreads).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("leadkit-pager-"));
    }

    @Test
    void aPrefetchingListingDeliversEveryItemInOrder() throws Exception {
        Listing listing = new Listing(12, 3, true);
        listing.maxDelayMillis = 5;
        Recorder<Integer> recorder = subscribe(listing.iterable().prefetch(4).publisher());

        recorder.request(Long.MAX_VALUE);

        recorder.awaitTerminal();
        assertThat(recorder.signals).containsExactlyElementsOf(signals(listing.all(), "onComplete"));
        assertThat(listing.fetched).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void aFailureArrivesAsOnErrorAfterEveryItemBeforeIt() throws Exception {
        Listing listing = new Listing(5, 2, true);
        listing.failingPage = 3;
        Recorder<Integer> recorder = subscribe(listing.iterable().publisher());

        recorder.request(Long.MAX_VALUE);

        recorder.awaitTerminal();
        assertThat(recorder.signals).containsExactlyElementsOf(signals(range(0, 4), "onError"));
        assertThat(recorder.error).isInstanceOf(ServerException.class);
        assertThat(((ServerException) recorder.error).page()).as("the page to resume from").hasValue(3);
        Thread.sleep(QUIET_MILLIS);
        assertThat(listing.fetched).containsExactly(1, 2, 3);
    }

    @Test
    void aSecondSubscriberGetsItsOwnListing() throws Exception {
        Listing listing = new Listing(2, 2, true);
        Flow.Publisher<Integer> publisher = listing.iterable().publisher();

        Recorder<Integer> first = subscribe(publisher);
        first.request(Long.MAX_VALUE);
        first.awaitTerminal();
        Recorder<Integer> second = subscribe(publisher);
        second.request(Long.MAX_VALUE);
        second.awaitTerminal();

        assertThat(first.signals).containsExactlyElementsOf(signals(range(0, 4), "onComplete"));
        assertThat(second.signals).containsExactlyElementsOf(signals(range(0, 4), "onComplete"));
        assertThat(listing.fetched).containsExactly(1, 2, 1, 2);
    }

    @Test
    void cancelStopsFetchingAndCancelsThePageInFlight() throws Exception {
        HangingListing listing = new HangingListing(1);
        Recorder<Integer> recorder = subscribe(listing.iterable().publisher());
        recorder.request(Long.MAX_VALUE);
        recorder.awaitItems(2);
        assertThat(listing.started.await(5, TimeUnit.SECONDS)).as("page 2 in flight").isTrue();

        recorder.cancel();

        assertThat(listing.cancelled.await(5, TimeUnit.SECONDS)).as("page 2's fetch saw the cancel").isTrue();
        Thread.sleep(QUIET_MILLIS);
        assertThat(recorder.signals).as("no signal after cancel, not even the cancelled fetch's failure")
                .containsExactlyElementsOf(signals(List.of(0, 1), null));
        assertThat(listing.requested).hasValue(2);
    }

    @Test
    void cancelOfAPrefetchingSubscriptionCancelsEveryPageInFlight() throws Exception {
        HangingListing listing = new HangingListing(3);
        Recorder<Integer> recorder = subscribe(listing.iterable().prefetch(3).publisher());
        recorder.request(Long.MAX_VALUE);
        recorder.awaitItems(2);
        assertThat(listing.started.await(5, TimeUnit.SECONDS)).as("pages 2 to 4 in flight").isTrue();

        recorder.cancel();

        assertThat(listing.cancelled.await(5, TimeUnit.SECONDS)).as("the three fetches saw the cancel").isTrue();
        Thread.sleep(QUIET_MILLIS);
        assertThat(recorder.signals).containsExactlyElementsOf(signals(List.of(0, 1), null));
        assertThat(listing.requested).hasValue(4);
    }

    @Test
    void noOnNextAfterACancelFromInsideOnNext() throws Exception {
        Listing listing = new Listing(5, 2, true);
        Recorder<Integer> recorder = new Recorder<>();
        recorder.onNextHook = (subscription, item) -> {
            if (item == 2) {
                subscription.cancel();
            }
        };
        listing.iterable().publisher().subscribe(recorder);

        recorder.request(Long.MAX_VALUE);
        recorder.awaitItems(3);

        Thread.sleep(QUIET_MILLIS);
        assertThat(recorder.signals).containsExactlyElementsOf(signals(range(0, 3), null));
        assertThat(listing.fetched).containsExactly(1, 2);
    }

    @Test
    void anInvalidRequestWhileAPageIsInFlightCancelsItAndSignalsTheIllegalArgument() throws Exception {
        HangingListing listing = new HangingListing(1);
        Recorder<Integer> recorder = subscribe(listing.iterable().publisher());
        recorder.request(3);
        recorder.awaitItems(2);
        assertThat(listing.started.await(5, TimeUnit.SECONDS)).as("page 2 in flight").isTrue();

        recorder.request(-1);

        recorder.awaitTerminal();
        assertThat(listing.cancelled.await(5, TimeUnit.SECONDS)).as("page 2's fetch saw the cancel").isTrue();
        assertThat(recorder.error).as("the invalid request, not the failure of the fetch it cancelled")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request(-1)");
        assertThat(recorder.signals).containsExactlyElementsOf(signals(List.of(0, 1), "onError"));
    }

    @Test
    void aClosedClientRefusesASubscriberWithOnSubscribeThenOnError() throws Exception {
        Listing listing = new Listing(2, 2, true);
        IllegalStateException closed = new IllegalStateException("the client is closed");
        PagedIterable<Integer> iterable = new LazyPagedIterable<>(listing::fetch, Events.none(), () -> {
            throw closed;
        });

        Recorder<Integer> recorder = subscribe(iterable.publisher());

        assertThat(recorder.signals).as("both at once, before any demand").containsExactly("onSubscribe", "onError");
        assertThat(recorder.error).isSameAs(closed);
        assertThat(recorder.signalThreads).containsExactly(Thread.currentThread().getName());
        recorder.request(5);
        recorder.cancel();
        Thread.sleep(QUIET_MILLIS);
        assertThat(recorder.signals).containsExactly("onSubscribe", "onError");
        assertThat(listing.fetched).isEmpty();
    }

    @Test
    void aRefusedSubscriberThatThrowsDoesNotThrowAtTheSubscribingCaller() {
        PagePublisher<Integer> refusing = new PagePublisher<>(walksOf(new Listing(1, 1, true)::fetch), SAME_THREAD, () -> {
            throw new IllegalStateException("closed");
        });
        Recorder<Integer> recorder = new Recorder<>();
        recorder.onSubscribeHook = s -> {
            throw new IllegalArgumentException("a broken subscriber");
        };

        refusing.subscribe(recorder);

        assertThat(recorder.signals).containsExactly("onSubscribe");
    }

    @Test
    void aNullSubscriberIsRefusedWithANullPointerException() {
        Flow.Publisher<Integer> publisher = new Listing(1, 1, true).iterable().publisher();

        assertThatThrownBy(() -> publisher.subscribe(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("rule 1.9");
    }

    // --- built directly, the drain loop on the requesting thread

    @Test
    void eachRequestDeliversExactlyTheItemsItAsksFor() {
        Listing listing = new Listing(3, 2, true);
        Recorder<Integer> recorder = subscribe(sameThread(listing));

        recorder.request(3);
        assertThat(recorder.items).containsExactly(0, 1, 2);
        assertThat(listing.fetched).containsExactly(1, 2);

        recorder.request(1);
        assertThat(recorder.items).containsExactly(0, 1, 2, 3);
        assertThat(listing.fetched).as("the rest of page 2 needs no fetch").containsExactly(1, 2);

        recorder.request(2);
        assertThat(recorder.signals).containsExactlyElementsOf(signals(range(0, 6), "onComplete"));
        assertThat(listing.fetched).containsExactly(1, 2, 3);
    }

    @Test
    void theNextPageIsFetchedOnlyOnceDemandRemainsAfterThisOne() {
        Listing listing = new Listing(3, 2, true);
        Recorder<Integer> recorder = subscribe(sameThread(listing));

        recorder.request(2);

        assertThat(recorder.signals).containsExactlyElementsOf(signals(List.of(0, 1), null));
        assertThat(listing.fetched).containsExactly(1);
    }

    @Test
    void onCompleteFollowsTheLastItemWithoutFurtherDemand() {
        Listing listing = new Listing(2, 2, true);
        Recorder<Integer> recorder = subscribe(sameThread(listing));

        recorder.request(4);

        assertThat(recorder.signals).containsExactlyElementsOf(signals(range(0, 4), "onComplete"));
    }

    @Test
    void anEmptyListingCompletesAfterItsOnePage() {
        Listing listing = new Listing(0, 2, true);
        Recorder<Integer> recorder = subscribe(sameThread(listing));

        recorder.request(1);

        assertThat(recorder.signals).containsExactly("onSubscribe", "onComplete");
        assertThat(listing.fetched).containsExactly(1);
    }

    @Test
    void requestOfZeroOrLessSignalsIllegalArgumentException() {
        for (long n : new long[] {0, -1, Long.MIN_VALUE}) {
            Listing listing = new Listing(2, 2, true);
            Recorder<Integer> recorder = subscribe(sameThread(listing));

            recorder.request(n);

            assertThat(recorder.signals).as("request(%d)", n).containsExactly("onSubscribe", "onError");
            assertThat(recorder.error).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("request(" + n + ")").hasMessageContaining("rule 3.9");
            recorder.request(5);
            assertThat(recorder.signals).as("nothing after the error").containsExactly("onSubscribe", "onError");
            assertThat(listing.fetched).isEmpty();
        }
    }

    @Test
    void anInvalidRequestAfterSomeItemsEndsTheSubscriptionThere() {
        Listing listing = new Listing(3, 2, true);
        Recorder<Integer> recorder = subscribe(sameThread(listing));
        recorder.request(1);

        recorder.request(0);
        recorder.request(10);

        assertThat(recorder.signals).containsExactlyElementsOf(signals(List.of(0), "onError"));
        assertThat(recorder.error).isInstanceOf(IllegalArgumentException.class);
        assertThat(listing.fetched).containsExactly(1);
    }

    @Test
    void demandBeyondLongMaxValueIsUnbounded() {
        Listing listing = new Listing(3, 2, true);
        Recorder<Integer> recorder = subscribe(sameThread(listing));
        recorder.request(1);

        recorder.request(Long.MAX_VALUE);

        assertThat(recorder.signals).containsExactlyElementsOf(signals(range(0, 6), "onComplete"));
    }

    @Test
    void demandAddsUpAcrossRequests() {
        Listing listing = new Listing(4, 1, true);
        Recorder<Integer> recorder = new Recorder<>();
        recorder.onSubscribeHook = s -> {
            s.request(1);
            s.request(2);
        };

        sameThread(listing).subscribe(recorder);

        assertThat(recorder.items).containsExactly(0, 1, 2);
        assertThat(listing.fetched).containsExactly(1, 2, 3);
    }

    @Test
    void aRequestFromInsideOnNextAddsDemandWithoutRecursion() {
        Listing listing = new Listing(3, 2, true);
        Recorder<Integer> recorder = new Recorder<>();
        recorder.onNextHook = (subscription, item) -> subscription.request(1);
        sameThread(listing).subscribe(recorder);

        recorder.request(1);

        assertThat(recorder.signals).containsExactlyElementsOf(signals(range(0, 6), "onComplete"));
        assertThat(recorder.reentered).as("onNext called from inside onNext (rule 3.3)").isFalse();
    }

    @Test
    void aRequestFromInsideOnSubscribeIsServedOnlyOnceOnSubscribeReturns() {
        Listing listing = new Listing(2, 2, true);
        List<String> signalsDuringOnSubscribe = new ArrayList<>();
        Recorder<Integer> recorder = new Recorder<>();
        recorder.onSubscribeHook = s -> {
            s.request(Long.MAX_VALUE);
            signalsDuringOnSubscribe.addAll(recorder.signals);
        };

        sameThread(listing).subscribe(recorder);

        assertThat(signalsDuringOnSubscribe).containsExactly("onSubscribe");
        assertThat(recorder.signals).containsExactlyElementsOf(signals(range(0, 4), "onComplete"));
    }

    @Test
    void aSubscriberThatThrowsFromOnSubscribeGetsNothingMore() {
        Listing listing = new Listing(2, 2, true);
        Recorder<Integer> recorder = new Recorder<>();
        recorder.onSubscribeHook = s -> {
            throw new IllegalStateException("a broken subscriber");
        };
        sameThread(listing).subscribe(recorder);

        recorder.request(Long.MAX_VALUE);

        assertThat(recorder.signals).containsExactly("onSubscribe");
        assertThat(listing.fetched).isEmpty();
    }

    @Test
    void aSubscriberThatThrowsFromOnNextIsCancelledWithoutAnError() {
        Listing listing = new Listing(3, 2, true);
        Recorder<Integer> recorder = new Recorder<>();
        recorder.onNextHook = (subscription, item) -> {
            throw new IllegalStateException("a broken subscriber");
        };
        sameThread(listing).subscribe(recorder);

        recorder.request(Long.MAX_VALUE);
        recorder.request(Long.MAX_VALUE);

        assertThat(recorder.signals).containsExactlyElementsOf(signals(List.of(0), null));
        assertThat(listing.fetched).containsExactly(1);
    }

    @Test
    void aSubscriberThatThrowsFromOnCompleteOrOnErrorDoesNotThrowAtTheRequester() {
        Listing complete = new Listing(1, 1, true);
        Recorder<Integer> completing = new Recorder<>() {
            @Override
            public void onComplete() {
                super.onComplete();
                throw new IllegalStateException("a broken subscriber");
            }
        };
        sameThread(complete).subscribe(completing);
        Listing failing = new Listing(2, 1, true);
        failing.failingPage = 1;
        Recorder<Integer> erring = new Recorder<>() {
            @Override
            public void onError(Throwable failure) {
                super.onError(failure);
                throw new IllegalStateException("a broken subscriber");
            }
        };
        sameThread(failing).subscribe(erring);

        completing.request(5);
        erring.request(5);

        assertThat(completing.signals).containsExactly("onSubscribe", "onNext 0", "onComplete");
        assertThat(erring.signals).containsExactly("onSubscribe", "onError");
    }

    @Test
    void aRequestAfterCancelIsIgnoredEvenWhenInvalid() {
        Listing listing = new Listing(2, 2, true);
        Recorder<Integer> recorder = subscribe(sameThread(listing));
        recorder.request(1);

        recorder.cancel();
        recorder.request(0);
        recorder.request(5);
        recorder.cancel();

        assertThat(recorder.signals).containsExactlyElementsOf(signals(List.of(0), null));
        assertThat(listing.fetched).containsExactly(1);
    }

    @Test
    void aCancelBeforeAnyDemandMeansNothingIsEverFetched() {
        Listing listing = new Listing(2, 2, true);
        Recorder<Integer> recorder = subscribe(sameThread(listing));

        recorder.cancel();
        recorder.request(Long.MAX_VALUE);

        assertThat(recorder.signals).containsExactly("onSubscribe");
        assertThat(listing.fetched).isEmpty();
    }

    @Test
    void anExecutorThatRejectsTheLoopEndsTheSubscriptionWithTheRejection() {
        Listing listing = new Listing(2, 2, true);
        RejectedExecutionException rejection = new RejectedExecutionException("shut down");
        PagePublisher<Integer> publisher = new PagePublisher<>(walksOf(listing::fetch), task -> {
            throw rejection;
        }, () -> { });
        Recorder<Integer> recorder = subscribe(publisher);

        recorder.request(1);
        recorder.request(1);

        assertThat(recorder.signals).containsExactly("onSubscribe", "onError");
        assertThat(recorder.error).isSameAs(rejection);
        assertThat(recorder.signalThreads).containsExactly(Thread.currentThread().getName());
        assertThat(listing.fetched).isEmpty();
    }

    @Test
    void anExecutorThatRejectsADemandRaisedInOnSubscribeEndsTheSubscriptionToo() {
        RejectedExecutionException rejection = new RejectedExecutionException("shut down");
        PagePublisher<Integer> publisher = new PagePublisher<>(walksOf(new Listing(2, 2, true)::fetch), task -> {
            throw rejection;
        }, () -> { });
        Recorder<Integer> recorder = new Recorder<>();
        recorder.onSubscribeHook = s -> s.request(1);

        publisher.subscribe(recorder);

        assertThat(recorder.signals).containsExactly("onSubscribe", "onError");
        assertThat(recorder.error).isSameAs(rejection);
    }

    @Test
    void aWalkThatCannotBeStartedEndsTheSubscriptionWithItsFailure() {
        IllegalStateException failure = new IllegalStateException("no walk");
        AtomicInteger started = new AtomicInteger();
        PagePublisher<Integer> publisher = new PagePublisher<>(() -> {
            started.incrementAndGet();
            throw failure;
        }, SAME_THREAD, () -> { });
        Recorder<Integer> recorder = subscribe(publisher);
        assertThat(started).as("no walk is started before the first demand").hasValue(0);

        recorder.request(1);
        recorder.request(1);

        assertThat(recorder.signals).containsExactly("onSubscribe", "onError");
        assertThat(recorder.error).isSameAs(failure);
        assertThat(started).hasValue(1);
    }

    @Test
    void aWalkIsStartedOncePerSubscriptionOnItsFirstDemand() {
        AtomicInteger started = new AtomicInteger();
        Listing listing = new Listing(3, 1, true);
        Supplier<PageIterator<Integer>> walks = walksOf(listing::fetch);
        PagePublisher<Integer> publisher = new PagePublisher<>(() -> {
            started.incrementAndGet();
            return walks.get();
        }, SAME_THREAD, () -> { });
        Recorder<Integer> recorder = subscribe(publisher);

        recorder.request(1);
        recorder.request(1);
        recorder.request(1);

        assertThat(recorder.signals).containsExactlyElementsOf(signals(range(0, 3), "onComplete"));
        assertThat(started).hasValue(1);
    }

    /** A publisher whose walk, once asked for, says so on {@code opening} and starts when {@code go} opens. */
    private static PagePublisher<Integer> startingWalkWhen(CountDownLatch opening, CountDownLatch go, RecordingWalk walk) {
        return new PagePublisher<>(() -> {
            opening.countDown();
            try {
                assertThat(go.await(5, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return walk;
        }, PagerThreads.WORKERS, () -> { });
    }

    @Test
    void aCancelWhileTheWalkIsBeingStartedClosesTheWalkOnceItIsThere() throws Exception {
        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        RecordingWalk walk = new RecordingWalk();
        PagePublisher<Integer> publisher = startingWalkWhen(opening, cancelled, walk);
        Recorder<Integer> recorder = subscribe(publisher);
        recorder.request(1);
        assertThat(opening.await(5, TimeUnit.SECONDS)).as("the walk is being started").isTrue();

        recorder.cancel();
        cancelled.countDown();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!walk.closed && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(walk.closed).as("the walk started for a cancelled subscription is closed").isTrue();
        Thread.sleep(QUIET_MILLIS);
        assertThat(walk.nexts).as("no page is asked of it").hasValue(0);
        assertThat(recorder.signals).containsExactly("onSubscribe");
    }

    @Test
    void anInvalidRequestWhileTheWalkIsBeingStartedClosesItAndSignalsTheIllegalArgument() throws Exception {
        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch invalid = new CountDownLatch(1);
        RecordingWalk walk = new RecordingWalk();
        PagePublisher<Integer> publisher = startingWalkWhen(opening, invalid, walk);
        Recorder<Integer> recorder = subscribe(publisher);
        recorder.request(1);
        assertThat(opening.await(5, TimeUnit.SECONDS)).as("the walk is being started").isTrue();

        recorder.request(0);
        invalid.countDown();

        recorder.awaitTerminal();
        assertThat(recorder.signals).containsExactly("onSubscribe", "onError");
        assertThat(recorder.error).isInstanceOf(IllegalArgumentException.class);
        assertThat(walk.closed).isTrue();
        assertThat(walk.nexts).hasValue(0);
    }

    @Test
    void aCancelClosesTheOpenWalk() {
        RecordingWalk walk = new RecordingWalk() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Page<Integer> next() {
                nexts.incrementAndGet();
                return Page.of(List.of(nexts.get()), nexts.get(), true, 100, 100);
            }
        };
        PagePublisher<Integer> publisher = new PagePublisher<>(() -> walk, SAME_THREAD, () -> { });
        Recorder<Integer> recorder = subscribe(publisher);
        recorder.request(2);
        assertThat(walk.closed).isFalse();

        recorder.cancel();

        assertThat(walk.closed).isTrue();
        assertThat(recorder.signals).containsExactly("onSubscribe", "onNext 1", "onNext 2");
    }

    @Test
    void theEndOfTheListingClosesTheWalk() {
        RecordingWalk walk = new RecordingWalk();
        Recorder<Integer> recorder = subscribe(new PagePublisher<>(() -> walk, SAME_THREAD, () -> { }));

        recorder.request(1);

        assertThat(recorder.signals).containsExactly("onSubscribe", "onNext 7", "onComplete");
        assertThat(walk.closed).isTrue();
    }

    @Test
    void theConstructorRefusesNulls() {
        Supplier<PageIterator<Integer>> walks = RecordingWalk::new;

        assertThatThrownBy(() -> new PagePublisher<>(null, SAME_THREAD, () -> { })).hasMessage("walks");
        assertThatThrownBy(() -> new PagePublisher<>(walks, null, () -> { })).hasMessage("executor");
        assertThatThrownBy(() -> new PagePublisher<>(walks, SAME_THREAD, null)).hasMessage("admission");
    }
}
