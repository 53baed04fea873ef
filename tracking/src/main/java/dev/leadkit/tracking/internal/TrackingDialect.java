package dev.leadkit.tracking.internal;

import dev.leadkit.core.internal.dialect.Dialect;
import dev.leadkit.core.internal.http.AuthScheme;
import dev.leadkit.core.internal.sync.SyncMode;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLead;
import dev.leadkit.tracking.TrackingLeadQuery;

/** Octanist's Get Leads, {@code GET /leads}: the {@code X-API-KEY} header, the success/data/meta envelope. */
public final class TrackingDialect {

    /** The dialect. */
    public static final Dialect<TrackingLeadQuery, TrackingLead> INSTANCE = Dialect.<TrackingLeadQuery, TrackingLead>builder()
            .platform(TrackingLead.PLATFORM)
            .envPrefix("TRACKING")
            .defaultBaseUrl(TrackingClient.OCTANIST)
            .auth(AuthScheme.header("X-API-KEY"))
            .path("leads")
            .pageSizeParameter("limit")
            .sync(SyncMode.keyset(new TrackingKeysetQueries()))
            .everything(TrackingLeadQuery.all())
            .parameters(TrackingQueryParams::of)
            .pageFormat(TrackingPageFormat::new)
            .errorReader(new OctanistErrorReader())
            .build();

    private TrackingDialect() {
    }
}
