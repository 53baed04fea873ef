package dev.leadkit.autocalls;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The vendor pages' example responses, verbatim, and paginator pages of numbered leads for listings. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** A fixture file from {@code src/test/resources/dev/leadkit/autocalls/}. */
    public static String vendorExample(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dev/leadkit/autocalls/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Page {@code page} of a Laravel paginator over leads numbered 1..total, {@code perPage} a page,
     * shaped like the vendor example (including its {@code next_page_url} that drops the filters).
     */
    public static String paginatorPage(int page, int perPage, int total) {
        int lastPage = Math.max(1, (total + perPage - 1) / perPage);
        ObjectNode root = JSON.createObjectNode();
        root.put("current_page", page);
        ArrayNode data = root.putArray("data");
        int first = (page - 1) * perPage + 1;
        for (int id = first; id <= Math.min(total, page * perPage); id++) {
            data.add(lead(id));
        }
        root.put("last_page", lastPage);
        root.put("next_page_url", page < lastPage ? "https://app.autocalls.ai/api/user/leads?page=" + (page + 1) : null);
        root.put("per_page", perPage);
        root.put("total", total);
        return root.toString();
    }

    private static ObjectNode lead(int id) {
        ObjectNode lead = JSON.createObjectNode();
        lead.put("id", id);
        lead.put("campaign_id", 7);
        lead.put("phone_number", String.format("+1415555%04d", id));
        lead.putObject("variables").put("customer_name", "Lead " + id).put("email", "lead" + id + "@example.com");
        lead.put("status", "created");
        lead.put("created_at", "2025-06-30 11:18:04");
        lead.put("updated_at", "2025-06-30 11:18:04");
        lead.putNull("campaign");
        return lead;
    }
}
