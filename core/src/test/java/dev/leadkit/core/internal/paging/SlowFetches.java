package dev.leadkit.core.internal.paging;

import dev.leadkit.core.internal.cancel.Cancellation;
import java.util.concurrent.TimeUnit;

/** Page fetches of the tests that take ten seconds unless their listing is cancelled first. */
final class SlowFetches {

    private SlowFetches() {
    }

    /**
     * What a page fetch that takes ten seconds does inside the pager: waits for its listing's cancellation.
     *
     * @return whether it was cancelled (rather than running its ten seconds)
     */
    static boolean waitUntilCancelled(Cancellation cancellation) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!cancellation.isCancelled() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                throw new AssertionError("a page fetch was interrupted; leadkit cancels calls, it never interrupts", e);
            }
        }
        return cancellation.isCancelled();
    }
}
