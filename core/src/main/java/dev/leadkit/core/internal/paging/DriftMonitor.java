package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Page;
import java.lang.System.Logger.Level;
import java.util.OptionalLong;

/**
 * Watches the vendor's total from page to page of one walk. A total that changes means leads were added
 * or removed during the read, so numbered pages shifted: items may have been skipped or repeated. It is
 * reported once per walk, as a warning on {@code dev.leadkit.paging}.
 */
final class DriftMonitor {

    private static final System.Logger LOG = System.getLogger("dev.leadkit.paging");

    private OptionalLong lastTotal = OptionalLong.empty();
    private int lastPage;
    private boolean reported;

    void observe(Page<?> page) {
        OptionalLong total = page.totalItems();
        if (!reported && total.isPresent() && lastTotal.isPresent() && total.getAsLong() != lastTotal.getAsLong()) {
            reported = true;
            LOG.log(Level.WARNING, "The listing changed while it was read: the vendor''s total went from {0} on page {1}"
                    + " to {2} on page {3}, so pages shifted and leads may be skipped or repeated. Use distinctById()"
                    + " to drop repeats, and re-read to catch skipped leads.", lastTotal.getAsLong(), lastPage,
                    total.getAsLong(), page.number());
        }
        if (total.isPresent()) {
            lastTotal = total;
            lastPage = page.number();
        }
    }
}
