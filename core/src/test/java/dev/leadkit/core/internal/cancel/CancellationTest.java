package dev.leadkit.core.internal.cancel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The calls and waits of one walk, cancelled together; the calls are real OkHttp calls, never executed. */
class CancellationTest {

    private final OkHttpClient http = new OkHttpClient();

    private Call call() {
        return http.newCall(new Request.Builder().url("https://leads.example.com/api").build());
    }

    @Test
    void aNewCancellationIsNotCancelled() {
        assertThat(new Cancellation().isCancelled()).isFalse();
    }

    @Test
    void cancellingCancelsEveryRegisteredCall() {
        Cancellation cancellation = new Cancellation();
        Call first = call();
        Call second = call();
        cancellation.onCancel(first::cancel);
        cancellation.onCancel(second::cancel);

        cancellation.cancel();

        assertThat(cancellation.isCancelled()).isTrue();
        assertThat(first.isCanceled()).isTrue();
        assertThat(second.isCanceled()).isTrue();
    }

    @Test
    void aCallRegisteredAfterTheCancelIsCancelledAtOnce() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        Call late = call();

        cancellation.onCancel(late::cancel);

        assertThat(late.isCanceled()).isTrue();
    }

    @Test
    void aCallRegisteredBeforeAnyCancelIsLeftRunning() {
        Cancellation cancellation = new Cancellation();
        Call call = call();

        cancellation.onCancel(call::cancel);

        assertThat(call.isCanceled()).isFalse();
    }

    @Test
    void anUnregisteredCallIsNotCancelled() {
        Cancellation cancellation = new Cancellation();
        Call done = call();
        Runnable cancelDone = done::cancel;
        cancellation.onCancel(cancelDone);
        cancellation.removeOnCancel(cancelDone);

        cancellation.cancel();

        assertThat(done.isCanceled()).isFalse();
    }

    @Test
    void aCancellationCarriesTheListingItWasMadeFor() {
        assertThat(new Cancellation(42).listing()).isEqualTo(42);
    }

    @Test
    void eachNewListingHasANumberAboveTheLastOne() {
        long first = Cancellation.newListing();
        long second = Cancellation.newListing();

        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        assertThat(new Cancellation().listing()).isGreaterThan(second);
    }

    @Test
    void aWaitThatIsNotCancelledRunsItsCourse() {
        Cancellation cancellation = new Cancellation();
        long started = System.nanoTime();

        boolean ranItsCourse = cancellation.await(Duration.ofMillis(60), Sleeper.THREAD_SLEEP);

        assertThat(ranItsCourse).isTrue();
        assertThat(System.nanoTime() - started).as("waited").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(60));
    }

    @Test
    void aWaitAfterTheCancelReturnsAtOnceWithoutCallingTheSleeper() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        List<Duration> slept = new CopyOnWriteArrayList<>();

        // a day's wait, bounded at ten seconds: only a wait that does not see the cancel reaches the bound
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(cancellation.await(Duration.ofDays(1), Sleeper.THREAD_SLEEP)).isFalse();
            assertThat(cancellation.await(Duration.ofDays(1), slept::add)).isFalse();
        });

        assertThat(slept).isEmpty();
    }

    @Test
    void aCancelWakesAWaitAtOnce() throws Exception {
        Cancellation cancellation = new Cancellation();
        CompletableFuture<Thread> waiter = new CompletableFuture<>();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            waiter.complete(Thread.currentThread());
            return cancellation.await(Duration.ofDays(1), Sleeper.THREAD_SLEEP);
        });
        Thread thread = waiter.get(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.TIMED_WAITING && !waiting.isDone() && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // until the wait has begun
        }

        cancellation.cancel();

        // a day's wait, woken within ten seconds: only a cancel that does not wake it reaches the bound
        assertThat(waiting.get(10, TimeUnit.SECONDS)).as("ran its course").isFalse();
    }

    @Test
    void aWaitOnACallersSleeperIsTheSleepersAndRanItsCourseUnlessCancelledMeanwhile() {
        Cancellation cancellation = new Cancellation();
        List<Duration> slept = new CopyOnWriteArrayList<>();

        assertThat(cancellation.await(Duration.ofSeconds(30), slept::add)).isTrue();
        assertThat(cancellation.await(Duration.ofMillis(5), duration -> {
            slept.add(duration);
            cancellation.cancel(); // closed while the caller's sleeper slept
        })).isFalse();

        assertThat(slept).containsExactly(Duration.ofSeconds(30), Duration.ofMillis(5));
    }

    @Test
    void anInterruptedWaitIsAConnectionExceptionAndKeepsTheInterrupt() {
        Cancellation cancellation = new Cancellation();
        Thread.currentThread().interrupt();
        try {
            ConnectionException e = catchThrowableOfType(ConnectionException.class,
                    () -> cancellation.await(Duration.ofSeconds(10), Sleeper.THREAD_SLEEP));

            assertThat(e).hasMessage("interrupted while waiting to send a request").hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
