package dev.leadkit.core.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** Runs work on a new thread of 512 KiB of stack, half a common default, to show it does not recurse by depth. */
public final class SmallStack {

    /** The stack size, in bytes. */
    public static final long BYTES = 512 * 1024;

    private SmallStack() {
    }

    /**
     * @param work what to run
     * @param <T>  what it returns
     * @return what it returned
     * @throws Throwable what it threw, a {@link StackOverflowError} included
     */
    public static <T> T run(Callable<T> work) throws Throwable {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", BYTES);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
