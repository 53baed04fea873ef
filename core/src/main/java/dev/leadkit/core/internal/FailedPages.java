package dev.leadkit.core.internal;

import dev.leadkit.core.LeadkitException;
import java.util.function.ObjIntConsumer;

/**
 * Records on a {@link LeadkitException} the page whose fetch failed, which {@link LeadkitException#page()}
 * then tells. The exception has no public mutator: it hands this class its private setter when it is first
 * loaded, as the JDK's own internal packages reach what their public classes keep private.
 */
public final class FailedPages {

    private static volatile ObjIntConsumer<LeadkitException> marker;

    private FailedPages() {
    }

    /**
     * Called once, by {@link LeadkitException}'s static initializer.
     *
     * @param setter what records a page on an exception
     * @throws IllegalStateException if a setter was installed already
     */
    public static synchronized void install(ObjIntConsumer<LeadkitException> setter) {
        if (marker != null) {
            throw new IllegalStateException("the failed-page setter is installed already");
        }
        marker = setter;
    }

    /**
     * Records {@code page} on {@code failure}, unless it already names a page.
     *
     * @param failure the exception
     * @param page    the 1-based page whose fetch failed
     * @param <E>     the exception's type
     * @return {@code failure}
     */
    public static <E extends LeadkitException> E mark(E failure, int page) {
        marker.accept(failure, page);
        return failure;
    }
}
