package dev.leadkit.orgleads.internal;

import dev.leadkit.core.internal.dialect.Dialect;
import dev.leadkit.core.internal.http.AuthScheme;
import dev.leadkit.orgleads.OrgLead;
import dev.leadkit.orgleads.OrgLeadQuery;
import okhttp3.HttpUrl;

/** Nexus ERP's {@code GET /api/v1/leads}: no public host, Bearer auth, {@code {"error": ...}} bodies. */
public final class OrgLeadsDialect {

    /** The dialect. */
    public static final Dialect<OrgLeadQuery, OrgLead> INSTANCE = Dialect.<OrgLeadQuery, OrgLead>builder()
            .platform(OrgLead.PLATFORM)
            .envPrefix("ORGLEADS")
            .missingBaseUrlHint("Nexus ERP has no public host; pass your CRM's URL, e.g. baseUrl(\"https://crm.example.com\")")
            .baseUrlCheck(OrgLeadsDialect::rejectApiPath)
            .auth(AuthScheme.bearer())
            .path("api/v1/leads")
            .pageSizeParameter("pageSize")
            .everything(OrgLeadQuery.all())
            .parameters(OrgLeadsQueryParams::of)
            .pageFormat(OrgLeadsPageFormat::new)
            .errorReader(new NexusErrorReader())
            .build();

    private OrgLeadsDialect() {
    }

    /** Rejects a base URL ending in {@code /api/v1}: the request would go to {@code .../api/v1/api/v1/leads}, a 404. */
    private static void rejectApiPath(HttpUrl baseUrl) {
        String path = baseUrl.encodedPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.endsWith("/api/v1") || trimmed.endsWith("/api/v1/leads")) {
            throw new IllegalStateException("baseUrl must be the CRM's origin, without /api/v1: the SDK appends"
                    + " api/v1/leads itself (got a base URL whose path is " + path + ")");
        }
    }
}
