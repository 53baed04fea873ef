package dev.leadkit.autocalls.internal;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.internal.dialect.Dialect;
import dev.leadkit.core.internal.http.AuthScheme;

/** The Autocalls platform's {@code GET /user/leads}: Bearer auth, Laravel's paginator and error bodies. */
public final class AutocallsDialect {

    /** The dialect. */
    public static final Dialect<AutocallsLeadQuery, AutocallsLead> INSTANCE = Dialect.<AutocallsLeadQuery, AutocallsLead>builder()
            .platform(AutocallsLead.PLATFORM)
            .envPrefix("AUTOCALLS")
            .defaultBaseUrl(AutocallsClient.AUTOCALLS)
            .auth(AuthScheme.bearer())
            .path("user/leads")
            .pageSizeParameter("per_page")
            .everything(AutocallsLeadQuery.all())
            .parameters(AutocallsQueryParams::of)
            .pageFormat(AutocallsPageFormat::new)
            .errorReader(new LaravelErrorReader())
            .build();

    private AutocallsDialect() {
    }
}
