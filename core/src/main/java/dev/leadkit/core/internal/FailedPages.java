package dev.leadkit.core.internal;

import dev.leadkit.core.LeadkitException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Records on a {@link LeadkitException} the page whose fetch failed, which {@link LeadkitException#page()}
 * then tells. The exception has no public mutator: this class writes its private field through a
 * {@link VarHandle}, which a class may take on another of its own module's classes, so the exception knows
 * nothing of the pager that marks it.
 */
public final class FailedPages {

    private static final VarHandle PAGE = pageField();

    private FailedPages() {
    }

    /**
     * Records {@code page} on {@code failure}, unless it already names a page. Thread-safe: of two pages marked
     * at once, one wins and stays.
     *
     * @param failure the exception
     * @param page    the 1-based page whose fetch failed; 0 or less records nothing
     * @param <E>     the exception's type
     * @return {@code failure}
     */
    public static <E extends LeadkitException> E mark(E failure, int page) {
        if (page > 0) {
            PAGE.compareAndSet(failure, 0, page);
        }
        return failure;
    }

    private static VarHandle pageField() {
        try {
            return MethodHandles.privateLookupIn(LeadkitException.class, MethodHandles.lookup())
                    .findVarHandle(LeadkitException.class, "page", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
