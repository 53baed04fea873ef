package dev.leadkit.testkit;

import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.core.PagedIterable;

/** The TCK against a sequential listing: each page fetched by the publisher's own drain loop. */
public class SequentialPublisherTckTest extends PublisherTck {

    @Override
    PagedIterable<AutocallsLead> listing(PagedIterable<AutocallsLead> fromPageOne) {
        return fromPageOne;
    }
}
