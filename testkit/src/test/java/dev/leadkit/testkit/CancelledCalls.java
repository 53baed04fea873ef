package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;

/** An OkHttp client, to hand a leadkit client, that records which of its calls were cancelled. */
final class CancelledCalls {

    private final List<Call> cancelled = new CopyOnWriteArrayList<>();
    private final CountDownLatch first = new CountDownLatch(1);
    private final OkHttpClient client = new OkHttpClient.Builder().eventListener(new EventListener() {
        @Override
        public void canceled(Call call) {
            cancelled.add(call);
            first.countDown();
        }
    }).build();

    /** The client to pass to {@code httpClient(...)}. */
    OkHttpClient client() {
        return client;
    }

    /** The {@code page} parameter of each cancelled call, once one was cancelled (or the safety net ran out). */
    List<String> pagesOnceOneIsCancelled(long seconds) throws InterruptedException {
        assertThat(first.await(seconds, TimeUnit.SECONDS)).as("a call was cancelled").isTrue();
        return cancelled.stream().map(call -> call.request().url().queryParameter("page")).toList();
    }
}
