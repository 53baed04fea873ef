package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Page;
import java.util.Iterator;

/** Walks the pages of a listing; {@link #close()} releases whatever it has in flight. */
interface PageIterator<T> extends Iterator<Page<T>>, AutoCloseable {

    @Override
    void close();
}
