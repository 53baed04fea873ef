package dev.leadkit.testkit;

import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.core.PagedIterable;

/** The TCK against {@code prefetch(3)}: pages requested ahead on other worker threads while items are delivered. */
public class PrefetchingPublisherTckTest extends PublisherTck {

    @Override
    PagedIterable<AutocallsLead> listing(PagedIterable<AutocallsLead> fromPageOne) {
        return fromPageOne.prefetch(3);
    }
}
