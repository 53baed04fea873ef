package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
        cancellation.register(first);
        cancellation.register(second);

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

        cancellation.register(late);

        assertThat(late.isCanceled()).isTrue();
    }

    @Test
    void aCallRegisteredBeforeAnyCancelIsLeftRunning() {
        Cancellation cancellation = new Cancellation();
        Call call = call();

        cancellation.register(call);

        assertThat(call.isCanceled()).isFalse();
    }

    @Test
    void anUnregisteredCallIsNotCancelled() {
        Cancellation cancellation = new Cancellation();
        Call done = call();
        cancellation.register(done);
        cancellation.unregister(done);

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
        long started = System.nanoTime();

        assertThat(cancellation.await(Duration.ofSeconds(10), Sleeper.THREAD_SLEEP)).isFalse();
        assertThat(cancellation.await(Duration.ofSeconds(10), slept::add)).isFalse();

        assertThat(System.nanoTime() - started).as("waited").isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(slept).isEmpty();
    }

    @Test
    void aCancelWakesAWaitAtOnce() throws Exception {
        Cancellation cancellation = new Cancellation();
        long started = System.nanoTime();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(
                () -> cancellation.await(Duration.ofSeconds(20), Sleeper.THREAD_SLEEP));
        Thread.sleep(100); // the wait has begun, most likely: a cancel before it is seen at its start anyway

        cancellation.cancel();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).as("ran its course").isFalse();
        assertThat(System.nanoTime() - started).as("waited").isLessThan(TimeUnit.SECONDS.toNanos(5));
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
