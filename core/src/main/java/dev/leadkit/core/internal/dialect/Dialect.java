package dev.leadkit.core.internal.dialect;

import dev.leadkit.core.Lead;
import dev.leadkit.core.Platform;
import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.http.AuthScheme;
import dev.leadkit.core.internal.http.ErrorBodyReader;
import dev.leadkit.core.internal.http.QueryParams;
import dev.leadkit.core.internal.sync.SyncMode;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.immutables.value.Value;

/**
 * What one vendor's API is, in the few facts that differ from vendor to vendor: everything else (the
 * client, its builder, the transport with its retries and error mapping, the envelope loop, the pagination
 * policy, the pager) is core's, the same for every dialect. A dialect module declares one, as a constant:
 *
 * <pre>{@code
 * static final Dialect<AutocallsLeadQuery, AutocallsLead> DIALECT = Dialect.<AutocallsLeadQuery, AutocallsLead>builder()
 *         .platform(AutocallsLead.PLATFORM)
 *         .envPrefix("AUTOCALLS")
 *         .defaultBaseUrl(AutocallsClient.AUTOCALLS)
 *         .auth(AuthScheme.bearer())
 *         .path("user/leads")
 *         .everything(AutocallsLeadQuery.all())
 *         .parameters(AutocallsQueryParams::of)
 *         .pageFormat(AutocallsPageFormat::new)
 *         .errorReader(new LaravelErrorReader())
 *         .build();
 * }</pre>
 *
 * and its public client wraps the {@link DialectClient} that {@link DefaultClientBuilder} builds from it.
 *
 * @param <Q> the dialect's query type
 * @param <L> the dialect's lead type
 */
@Value.Immutable
@LeadkitStyle
public abstract class Dialect<Q, L extends Lead> {

    /** How a query and a page number become the query parameters of one request. Pure. */
    @FunctionalInterface
    public interface QueryMapping<Q> {

        /**
         * @param query the user's query
         * @param page  the 1-based page
         * @return the parameters, the page's included, in the order the vendor documents
         */
        QueryParams parameters(Q query, int page);
    }

    /** Implemented by Immutables only: leadkit makes every instance, immutable. */
    Dialect() {
    }

    /**
     * Starts a dialect.
     *
     * @param <Q> the query type
     * @param <L> the lead type
     * @return a new builder
     */
    public static <Q, L extends Lead> Builder<Q, L> builder() {
        return new Builder<>();
    }

    /** The platform its leads come from; its id also names the dialect in the {@code User-Agent}. */
    public abstract Platform platform();

    /** The prefix of its environment variables, e.g. {@code AUTOCALLS} for {@code AUTOCALLS_API_KEY}. */
    public abstract String envPrefix();

    /** The base URL used when the user sets none; empty when the vendor has no public host. */
    public abstract Optional<String> defaultBaseUrl();

    /** What to tell a user who set no base URL, when there is no default. */
    @Value.Default
    public String missingBaseUrlHint() {
        return "call baseUrl(...)";
    }

    /**
     * Rejects a base URL that cannot be right for this vendor, with an {@link IllegalStateException} that
     * says what to pass instead; run by {@code build()} after the checks every dialect shares.
     */
    @Value.Default
    public Consumer<HttpUrl> baseUrlCheck() {
        return baseUrl -> { };
    }

    /** How the vendor wants the API key. */
    public abstract AuthScheme auth();

    /** The listing's path below the base URL, e.g. {@code user/leads}. */
    public abstract String path();

    /** The query of {@code list()}: no filters, the vendor's defaults. */
    public abstract Q everything();

    /** The query parameters of one page. */
    public abstract QueryMapping<Q> parameters();

    /**
     * The name of the page-size parameter, e.g. {@code per_page}: left out of a sync's query fingerprint, so
     * that a checkpoint outlives a change of page size.
     */
    public abstract String pageSizeParameter();

    /** How a sync reads what changed: in full unless the vendor filters and sorts by update time. */
    @Value.Default
    public SyncMode<Q> sync() {
        return SyncMode.fullRead();
    }

    /** How the vendor's list bodies read, given the zone of timestamps without an offset. */
    public abstract Function<ZoneId, PageFormat<L>> pageFormat();

    /** How the vendor's error bodies read. */
    public abstract ErrorBodyReader errorReader();

    /**
     * Builds {@link Dialect}s.
     *
     * @param <Q> the query type
     * @param <L> the lead type
     */
    public static final class Builder<Q, L extends Lead> extends ImmutableDialect.Builder<Q, L> {

        Builder() {
        }
    }
}
