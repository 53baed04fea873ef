package dev.leadkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.PagedIterable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The two things measured: reading every lead with the SDK, and with a hand-written OkHttp + Jackson loop. */
final class Loops {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Loops() {
    }

    /**
     * The SDK: every lead of the listing, each touched so nothing is optimised away.
     *
     * @param prefetch the prefetch window, 0 for sequential reading
     */
    static long sdk(AutocallsClient client, int prefetch) {
        return sdk(client, prefetch, 0);
    }

    /** As {@link #sdk(AutocallsClient, int)}, the consumer pausing {@code pauseNanosPerPage} before each page's leads. */
    static long sdk(AutocallsClient client, int prefetch, long pauseNanosPerPage) {
        PagedIterable<AutocallsLead> leads = client.leads().list(AutocallsLeadQuery.builder().perPage(VendorPages.PER_PAGE).build());
        long[] seen = {0};
        return (prefetch == 0 ? leads : leads.prefetch(prefetch))
                .stream()
                .mapToLong(lead -> {
                    if (pauseNanosPerPage > 0 && seen[0]++ % VendorPages.PER_PAGE == 0) {
                        LockSupport.parkNanos(pauseNanosPerPage);
                    }
                    return touch(lead);
                })
                .count();
    }

    private static long touch(AutocallsLead lead) {
        return lead.id().length() + lead.phoneNumber().length() + lead.statusValue().length();
    }

    /**
     * The floor: GET each page with the same headers, parse it with Jackson into a tree, and read the same
     * three fields of every lead into a small record, until {@code last_page}.
     */
    static long raw(OkHttpClient http, String baseUrl) {
        long leads = 0;
        for (int page = 1; ; page++) {
            HttpUrl url = HttpUrl.get(baseUrl).newBuilder().addPathSegments("user/leads")
                    .addQueryParameter("per_page", Integer.toString(VendorPages.PER_PAGE))
                    .addQueryParameter("page", Integer.toString(page)).build();
            Request request = new Request.Builder().url(url).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + BenchServer.API_KEY).build();
            try (Response response = http.newCall(request).execute()) {
                JsonNode root = JSON.readTree(response.body().byteStream());
                leads += rawLeads(root).size();
                if (page >= root.get("last_page").asInt()) {
                    return leads;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The raw loop's decoding of one page: the same three fields of every lead into a small record. */
    static List<RawLead> rawLeads(JsonNode page) {
        List<RawLead> leads = new ArrayList<>();
        for (JsonNode lead : page.get("data")) {
            RawLead raw = new RawLead(lead.get("id").asText(), lead.get("phone_number").asText(),
                    lead.get("status").asText());
            if (raw.id.isEmpty()) {
                throw new IllegalStateException("lead without id");
            }
            leads.add(raw);
        }
        return leads;
    }

    /** The raw loop's decoding of one page body, without HTTP. */
    static List<RawLead> rawLeads(InputStream body) throws IOException {
        return rawLeads(JSON.readTree(body));
    }

    /** What the raw loop keeps of a lead. */
    static final class RawLead {
        final String id;
        final String phone;
        final String status;

        RawLead(String id, String phone, String status) {
            this.id = id;
            this.phone = phone;
            this.status = status;
        }
    }
}
