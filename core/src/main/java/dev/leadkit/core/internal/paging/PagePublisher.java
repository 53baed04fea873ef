package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Page;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The items of a listing as a {@link Flow.Publisher}, following the Reactive Streams rules. Each
 * {@link #subscribe} starts a fresh walk from {@code walks}; pages are fetched only as the subscriber's
 * demand needs them: nothing before the first {@code request(n)}, and the next page only once the items of
 * the current one are delivered and demand remains (a prefetching walk keeps its own window ahead).
 *
 * <p>Signals are delivered by a serialized drain loop on {@code executor} (leadkit's pager threads), never on
 * the thread calling {@code request}, which therefore never blocks on HTTP. A {@code request} from inside
 * {@code onNext} only adds demand that the running loop picks up, so there is no recursion (rule 3.3).
 * {@code cancel()} closes the walk from the cancelling thread, which cancels the requests in flight: the
 * prefetched pages and the page being fetched by the loop alike.
 *
 * @param <T> the item type
 */
final class PagePublisher<T> implements Flow.Publisher<T> {

    private static final System.Logger LOG = System.getLogger("dev.leadkit.paging");

    private final Supplier<? extends PageIterator<T>> walks;
    private final Executor executor;
    private final Runnable admission;

    /**
     * @param walks     starts a walk of the listing; called once per subscription, on the first demand
     * @param executor  where pages are fetched and signals delivered
     * @param admission throws an {@link IllegalStateException} when the listing cannot be served (its client is
     *                  closed): the subscriber then gets {@code onSubscribe} and that {@code onError} at once (rule 1.9)
     */
    PagePublisher(Supplier<? extends PageIterator<T>> walks, Executor executor, Runnable admission) {
        this.walks = Objects.requireNonNull(walks, "walks");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.admission = Objects.requireNonNull(admission, "admission");
    }

    /**
     * Starts a fresh walk of the listing for {@code subscriber}: {@code onSubscribe} is called on this thread,
     * and nothing is requested until the subscriber requests items.
     *
     * @param subscriber the subscriber
     * @throws NullPointerException if {@code subscriber} is null (rule 1.9)
     */
    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber must not be null (Reactive Streams rule 1.9)");
        try {
            admission.run();
        } catch (IllegalStateException refused) {
            refuse(subscriber, refused);
            return;
        }
        new PageSubscription<>(subscriber, walks, executor).start();
    }

    /** A subscription that cannot be served: onSubscribe with nothing to request or cancel, then the reason. */
    private static void refuse(Flow.Subscriber<?> subscriber, IllegalStateException reason) {
        try {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onError(reason);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "a subscriber threw while it was told its listing cannot be served", failure);
        }
    }

    /**
     * One subscriber's walk. {@link #wip} counts the reasons to run the drain loop; whoever raises it from 0
     * owns the loop until it brings it back to 0, so at most one thread signals the subscriber at a time
     * (rule 1.3). The fields below {@code wip} are touched by the loop's owner only.
     */
    private static final class PageSubscription<T> implements Flow.Subscription, Runnable {

        private final Supplier<? extends PageIterator<T>> walks;
        private final Executor executor;
        /** Binds the calls of the page the loop is fetching, so that cancel() cancels them. */
        private final AtomicLong requested = new AtomicLong();
        private final AtomicInteger wip = new AtomicInteger();
        /** Dropped once the subscription is cancelled or terminated (rule 3.13). */
        private volatile Flow.Subscriber<? super T> subscriber;
        /** Set by cancel(), by a terminal signal, or by a subscriber that threw: nothing is signalled after. */
        private volatile boolean cancelled;
        private volatile IllegalArgumentException invalidRequest;
        /** Opened by the loop on the first demand; read by cancel() from any thread to close it. */
        private volatile PageIterator<T> walk;

        /** The items of the current page not yet delivered. */
        private Iterator<T> items;

        PageSubscription(Flow.Subscriber<? super T> subscriber, Supplier<? extends PageIterator<T>> walks,
                Executor executor) {
            this.subscriber = subscriber;
            this.walks = walks;
            this.executor = executor;
        }

        /** Calls onSubscribe while owning the loop, so that no signal overlaps it even when it requests. */
        void start() {
            wip.set(1);
            Flow.Subscriber<? super T> s = subscriber;
            try {
                s.onSubscribe(this);
            } catch (Throwable failure) {
                subscriberFailed(s, "onSubscribe", failure); // wip stays raised: the loop never runs
                return;
            }
            if (wip.decrementAndGet() != 0) {
                execute(); // demand arrived during onSubscribe
            }
        }

        /**
         * Adds {@code n} to the demand, up to {@link Long#MAX_VALUE} (rule 3.17), and makes sure the loop runs.
         * A non-positive {@code n} ends the subscription with an {@link IllegalArgumentException} (rule 3.9).
         */
        @Override
        public void request(long n) {
            if (cancelled) {
                return; // rule 3.6
            }
            if (n <= 0) {
                if (invalidRequest == null) {
                    invalidRequest = new IllegalArgumentException("request(" + n + "): the demand must be positive"
                            + " (Reactive Streams rule 3.9: non-positive subscription request)");
                }
                closeWalk();
            } else {
                requested.getAndUpdate(r -> r + n < 0 ? Long.MAX_VALUE : r + n);
            }
            if (wip.getAndIncrement() == 0) {
                execute();
            }
        }

        /** Stops fetching and cancels the requests in flight; no signal follows once the loop sees it. */
        @Override
        public void cancel() {
            if (!cancelled) {
                cancelled = true;
                subscriber = null;
                closeWalk();
            }
        }

        private void closeWalk() {
            PageIterator<T> open = walk;
            if (open != null) {
                open.close();
            }
        }

        private void execute() {
            try {
                executor.execute(this);
            } catch (RejectedExecutionException refused) {
                // the loop is owned here and will not run: end the subscription on this thread
                Flow.Subscriber<? super T> s = subscriber;
                stop();
                if (s != null) {
                    signalError(s, refused);
                }
            }
        }

        /** The drain loop, run by the owner of {@link #wip} on the executor. */
        @Override
        public void run() {
            int missed = 1;
            do {
                drain();
                missed = wip.addAndGet(-missed);
            } while (missed != 0);
        }

        /** Delivers what the demand allows, fetching pages as needed; returns when demand is met or it ended. */
        private void drain() {
            while (true) {
                if (cancelled) {
                    release();
                    return;
                }
                IllegalArgumentException invalid = invalidRequest;
                if (invalid != null) {
                    fail(invalid);
                    return;
                }
                if (items != null && items.hasNext()) {
                    if (requested.get() == 0) {
                        return;
                    }
                    if (!deliver(items.next())) {
                        return;
                    }
                    requested.getAndUpdate(r -> r == Long.MAX_VALUE ? r : r - 1);
                    continue;
                }
                PageIterator<T> open = walk;
                if (open != null && !open.hasNext()) {
                    complete(); // needs no demand (rule 1.6 and 1.7 allow it at once)
                    return;
                }
                if (requested.get() == 0) {
                    return; // the next page only on demand
                }
                if (open == null) {
                    open = open();
                    if (open == null) {
                        continue; // cancelled or invalid meanwhile: the checks above end it
                    }
                }
                Page<T> page;
                try {
                    page = open.next();
                } catch (RuntimeException | Error failure) {
                    if (cancelled || invalidRequest != null) {
                        continue; // the failure is the cancel's (or the invalid request's) doing
                    }
                    fail(failure);
                    return;
                }
                items = page.items().iterator();
            }
        }

        /** Opens the walk; null when it could not be, or when a cancel raced with the opening. */
        private PageIterator<T> open() {
            PageIterator<T> opened;
            try {
                opened = walks.get();
            } catch (RuntimeException failure) {
                fail(failure);
                return null;
            }
            walk = opened;
            if (cancelled || invalidRequest != null) {
                opened.close(); // cancel() may have looked for the walk before it was set
                return null;
            }
            return opened;
        }

        private boolean deliver(T item) {
            Flow.Subscriber<? super T> s = subscriber;
            if (s == null) {
                return false;
            }
            try {
                s.onNext(item);
                return true;
            } catch (Throwable failure) {
                subscriberFailed(s, "onNext", failure);
                return false;
            }
        }

        private void complete() {
            Flow.Subscriber<? super T> s = subscriber;
            stop();
            if (s != null) {
                try {
                    s.onComplete();
                } catch (Throwable failure) {
                    subscriberFailed(s, "onComplete", failure);
                }
            }
        }

        private void fail(Throwable failure) {
            Flow.Subscriber<? super T> s = subscriber;
            stop();
            if (s != null) {
                signalError(s, failure);
            }
        }

        private void signalError(Flow.Subscriber<? super T> s, Throwable failure) {
            try {
                s.onError(failure);
            } catch (Throwable thrown) {
                subscriberFailed(s, "onError", thrown);
            }
        }

        /** The subscription ends: no further signal, the walk closed, the subscriber and the page let go. */
        private void stop() {
            cancel();
            release();
        }

        /** Lets go of the page and the walk once the subscription ended; called by the loop's owner. */
        private void release() {
            items = null;
            walk = null;
        }

        /**
         * Rule 2.13: a subscriber that throws from a signal has its subscription cancelled, and the error is
         * raised where the runtime can see it, here the log, since no caller of this thread can act on it.
         */
        private void subscriberFailed(Flow.Subscriber<? super T> s, String signal, Throwable failure) {
            cancel();
            LOG.log(Level.WARNING, "The subscriber " + s + " threw from " + signal + "; its subscription is cancelled"
                    + " (Reactive Streams rule 2.13)", failure);
        }
    }
}
