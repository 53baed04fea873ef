package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The calls of one walk, cancelled together; the calls are real OkHttp calls, never executed. */
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
}
