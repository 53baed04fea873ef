package dev.leadkit.testkit;

import java.util.Objects;
import java.util.Optional;

/**
 * A sandbox of the Autocalls platform (Autocalls, Aiployees, Sondos AI): {@code GET /api/user/leads} over
 * real HTTP on 127.0.0.1, answering as the vendor's Laravel app does.
 *
 * <pre>{@code
 * try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(2000).seed(42).start();
 *      AutocallsClient client = AutocallsClient.builder()
 *              .apiKey(sandbox.apiKey())
 *              .baseUrl(sandbox.baseUrl())             // http://127.0.0.1:PORT/api
 *              .build()) {
 *     long completed = client.leads().list(AutocallsLeadQuery.builder()
 *             .status(AutocallsLeadStatus.COMPLETED).perPage(100).build()).stream().count();
 *     assertThat(completed).isEqualTo(sandbox.leads().stream().filter(l -> l.status().equals("completed")).count());
 * }
 * }</pre>
 *
 * <p>What it implements, from the vendor's page:
 * <ul>
 *   <li>{@code Authorization: Bearer <key>}; a wrong or missing key gets 401 {@code {"message":"Unauthenticated."}}
 *       when the request asks for JSON ({@code Accept: application/json}) and, like Laravel, a 302 to
 *       {@code /login} when it does not;
 *   <li>filters {@code status} (exact), {@code campaign_id}, {@code phone_number} (substring),
 *       {@code date_from} / {@code date_to} (the creation date, inclusive); {@code per_page} 1..100, default 15,
 *       and {@code page}; invalid values get Laravel's 422 {@code {"message": "...", "errors": {"per_page": ["..."]}}};
 *   <li>Laravel's paginator JSON key for key as in the vendor's example, {@code next_page_url} carrying only
 *       {@code ?page=N}; leads by id, oldest first (the vendor documents no order: its example's first page opens
 *       with id 1, as a Laravel {@code paginate()} without {@code orderBy} gives rows in key order), so a
 *       new lead comes last and a deletion shifts later pages back; timestamps {@code 2025-06-30 11:18:04} (UTC);
 *   <li>with {@link Shape#BARE_ARRAY} or {@link Shape#LEADS_OBJECT}, the Sondos page's shapes: every lead,
 *       no parameters read;
 *   <li>with {@link Builder#throttle}, Laravel's {@code ThrottleRequests}: {@code X-RateLimit-Limit} and
 *       {@code X-RateLimit-Remaining} on every response, and 429 {@code {"message":"Too Many Attempts."}}
 *       with {@code Retry-After} and {@code X-RateLimit-Reset} once the window's budget is spent.
 * </ul>
 * Query strings are decoded as PHP does, so an unencoded {@code +} in {@code phone_number} arrives as a space.
 */
public final class AutocallsSandbox extends AbstractSandbox<AutocallsSandboxLead> {

    /** The key a sandbox accepts unless {@link Builder#apiKey(String)} says otherwise. */
    public static final String DEFAULT_API_KEY = "1|leadkitSandboxToken0123456789abcdefghij";

    /** The listing's JSON shape. */
    public enum Shape {
        /** Laravel's length-aware paginator, as Autocalls and Aiployees document it (the default). */
        PAGINATOR,
        /** A bare JSON array of every lead, as the Sondos page's example shows. */
        BARE_ARRAY,
        /** {@code {"leads": [...]}} with every lead, as the Sondos page's field list names it. */
        LEADS_OBJECT
    }

    private AutocallsSandbox(Builder builder) {
        super(builder, new AutocallsDialect(builder.apiKey(), builder.shape), AutocallsGenerator::generate,
                AutocallsGenerator.Mutations::new, Optional.empty(), "/api");
    }

    /**
     * Starts configuring a sandbox: 100 generated leads, seed 1, {@link #DEFAULT_API_KEY}, {@link Shape#PAGINATOR}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }


    /** Configures and starts an {@link AutocallsSandbox}. */
    public static final class Builder extends SandboxBuilder<Builder, AutocallsSandboxLead, AutocallsSandbox> {

        private Shape shape = Shape.PAGINATOR;

        private Builder() {
            super(DEFAULT_API_KEY);
        }

        /**
         * The listing's JSON shape.
         *
         * @param shape {@link Shape#PAGINATOR} by default
         * @return this builder
         */
        public Builder shape(Shape shape) {
            this.shape = Objects.requireNonNull(shape, "shape");
            return this;
        }

        /**
         * Generates the leads and starts listening on a free port of 127.0.0.1.
         *
         * @return the running sandbox; close it when done
         */
        @Override
        public AutocallsSandbox start() {
            return new AutocallsSandbox(this);
        }
    }
}
