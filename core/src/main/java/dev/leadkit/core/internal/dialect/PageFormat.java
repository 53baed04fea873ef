package dev.leadkit.core.internal.dialect;

import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.core.json.JsonObject;
import java.io.IOException;
import java.util.Map;

/**
 * How one vendor's list body reads, in the parts that differ from vendor to vendor; {@link PageReader} does
 * the rest: it streams the item array into {@link #item(JsonParser)} one item at a time, keeps every other
 * member of the envelope as a small {@link JsonObject}, and hands that to {@link #signals(JsonObject)}.
 *
 * @param <L> the lead type
 */
public interface PageFormat<L> {

    /** What an array under an envelope member holds. */
    enum Items {
        /** One page of a paginated listing. */
        PAGE,
        /** Every item of the listing at once, as an unpaginated answer. */
        WHOLE_LISTING
    }

    /** The envelope members that hold the items, by name, and which kind of items each holds; {@code data} unless said. */
    default Map<String, Items> itemArrays() {
        return Map.of("data", Items.PAGE);
    }

    /** Whether a body that is a bare JSON array is the whole listing; when not (unless said), such a body fails. */
    default boolean bareArrayIsWholeListing() {
        return false;
    }

    /**
     * Reads one item.
     *
     * @param parser a parser on the item's first token; leave it on the item's last token
     * @return the item
     * @throws IOException when the JSON is malformed; a {@code MalformedBodyException} when the item is not
     *                     of the documented shape
     */
    L item(JsonParser parser) throws IOException;

    /**
     * What the envelope says about the listing.
     *
     * @param envelope every member of the body's object but the item array
     * @return the signals
     */
    PageSignals signals(JsonObject envelope);
}
