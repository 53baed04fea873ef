package dev.leadkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.TrackingSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Realistic vendor pages of 100 leads, rendered once by the testkit sandboxes and kept as bytes, so the
 * benchmark server does no JSON work of its own.
 */
final class VendorPages {

    static final int PER_PAGE = 100;
    /**
     * How many distinct pages a served listing cycles through: more than the 16 recent pages a client
     * remembers to tell a server that repeats pages, so the cycle reads as a long listing, as it should.
     */
    static final int DISTINCT_PAGES = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OkHttpClient HTTP = new OkHttpClient();

    private VendorPages() {
    }

    /**
     * {@code distinct} Autocalls paginator pages, each rewritten to say the listing has {@code totalPages}
     * pages of 100; the server serves page {@code n} with template {@code (n - 1) % distinct}. The templates
     * leave out {@code current_page}: served for another page than the one it was rendered for, it would
     * (rightly) make the client take the server for one that ignores the page parameter.
     */
    static List<byte[]> autocallsTemplates(int distinct, int totalPages) {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(distinct * PER_PAGE).seed(1).start()) {
            List<byte[]> pages = new ArrayList<>();
            for (int page = 1; page <= distinct; page++) {
                ObjectNode body = (ObjectNode) JSON.readTree(get(sandbox, "/user/leads?per_page=100&page=" + page,
                        "Authorization", "Bearer " + sandbox.apiKey()));
                body.remove("current_page");
                body.put("last_page", totalPages).put("total", (long) totalPages * PER_PAGE);
                pages.add(JSON.writeValueAsBytes(body));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One Nexus ERP page of 100 leads. */
    static byte[] orgleadsPage() {
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(PER_PAGE).seed(1).start()) {
            return get(sandbox, "/api/v1/leads?pageSize=100", "Authorization", "Bearer " + sandbox.apiKey());
        }
    }

    /** One Octanist page of 100 full leads. */
    static byte[] trackingPage() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(PER_PAGE).seed(1).start()) {
            return get(sandbox, "/leads?limit=100", "X-API-KEY", sandbox.apiKey());
        }
    }

    private static byte[] get(Sandbox sandbox, String pathAndQuery, String authHeader, String authValue) {
        Request request = new Request.Builder().url(sandbox.baseUrl() + pathAndQuery)
                .header(authHeader, authValue).header("Accept", "application/json").build();
        try (Response response = HTTP.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("sandbox answered " + response.code() + " to " + pathAndQuery);
            }
            return response.body().bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
