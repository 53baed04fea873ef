package dev.leadkit.core.internal.dialect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.leadkit.core.DecodeLimits;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.http.VendorFailure;
import dev.leadkit.core.internal.json.EnvelopeFields;
import dev.leadkit.core.internal.json.Json;
import dev.leadkit.core.internal.json.JsonTrees;
import dev.leadkit.core.internal.json.JsonValues;
import dev.leadkit.core.internal.json.MalformedBodyException;
import dev.leadkit.core.internal.json.PageParsers;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The envelope loop of every dialect: reads a list body as it streams in, the item array one item at a
 * time through the dialect's {@link PageFormat}, every other member as a small {@link JsonObject} for the
 * format's signals, and makes the page by the {@link Pagination} policy. The body must be one JSON value: a
 * body that goes on after it fails. An envelope saying {@code "success": false} is the vendor's error, in
 * every dialect, whatever the status it came with.
 *
 * @param <L> the lead type
 */
public final class PageReader<L> {

    private final PageFormat<L> format;
    private final PageParsers parsers;

    /**
     * A reader within the default {@link DecodeLimits}.
     *
     * @param format the dialect's body format
     */
    public PageReader(PageFormat<L> format) {
        this(format, new PageParsers(DecodeLimits.defaults()));
    }

    /**
     * @param format  the dialect's body format
     * @param parsers parsers within the client's {@link DecodeLimits}
     */
    public PageReader(PageFormat<L> format, PageParsers parsers) {
        this.format = format;
        this.parsers = parsers;
    }

    /**
     * @param body   the response body, read as it streams in
     * @param number the page that was requested
     * @return the page, whose number is always {@code number}
     * @throws IOException when the body is not JSON, or the connection fails mid-body
     */
    public Page<L> read(InputStream body, int number) throws IOException {
        try (JsonParser parser = parsers.open(body)) {
            return read(parser, number);
        } catch (StreamConstraintsException broken) {
            throw new MalformedBodyException(parsers.describe(broken), broken);
        }
    }

    private Page<L> read(JsonParser parser, int number) throws IOException {
        JsonToken root = parser.nextToken();
        Page<L> page;
        if (root == null) {
            throw new MalformedBodyException("the body is empty");
        } else if (root == JsonToken.START_ARRAY && format.bareArrayIsWholeListing()) {
            page = Pagination.wholeListing(items(parser), number);
        } else if (root == JsonToken.START_OBJECT) {
            try {
                page = envelope(parser, number);
            } catch (VendorFailure failure) {
                Json.requireEnd(parser); // a body that goes on after its value is broken, whatever it says
                throw failure;
            }
        } else {
            throw new MalformedBodyException("expected " + expected() + " but the body is " + JsonValues.kind(root));
        }
        Json.requireEnd(parser);
        return page;
    }

    private Page<L> envelope(JsonParser parser, int number) throws IOException {
        List<L> items = null;
        PageFormat.Items kind = null;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            PageFormat.Items itemsHere = format.itemArrays().get(name);
            if (itemsHere != null && value == JsonToken.START_ARRAY && items == null) {
                items = items(parser);
                kind = itemsHere;
            } else {
                members.put(name, JsonTrees.read(parser));
            }
        }
        JsonObject envelope = new JsonObject(members);
        if (EnvelopeFields.isFalse(envelope, "success")) {
            throw new VendorFailure(envelope); // whatever the status, the body says the request failed
        }
        PageSignals signals = format.signals(envelope);
        if (items == null) {
            throw new MalformedBodyException("expected " + expected() + " but the object has no item array");
        }
        return kind == PageFormat.Items.WHOLE_LISTING ? Pagination.wholeListing(items, number)
                : Pagination.page(items, signals, number);
    }

    private List<L> items(JsonParser parser) throws IOException {
        List<L> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new MalformedBodyException("each lead should be an object but one is " + JsonValues.kind(parser.currentToken()));
            }
            items.add(format.item(parser));
        }
        return items;
    }

    private String expected() {
        return format.bareArrayIsWholeListing() ? "an object with an item array, or an array" : "an object with an item array";
    }
}
