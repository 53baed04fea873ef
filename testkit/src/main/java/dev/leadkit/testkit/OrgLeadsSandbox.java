package dev.leadkit.testkit;

import java.util.List;
import java.util.Optional;

/**
 * A sandbox of Nexus ERP's CRM API, {@code GET /api/v1/leads}, over real HTTP on 127.0.0.1.
 *
 * <pre>{@code
 * try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(500).seed(42).start()) {
 *     OkHttpClient http = new OkHttpClient();
 *     Request request = new Request.Builder()
 *             .url(sandbox.baseUrl() + "/api/v1/leads?status=QUALIFIED&pageSize=100")   // baseUrl() is the origin
 *             .header("Authorization", "Bearer " + sandbox.apiKey())
 *             .build();
 *     try (Response response = http.newCall(request).execute()) {
 *         // {"data": [...], "pagination": {"page": 1, "pageSize": 100, "total": ..., ...}}
 *     }
 * }
 * }</pre>
 *
 * <p>What it implements, from the vendor's page: {@code Authorization: Bearer <key>} (else 401
 * {@code {"error": "..."}}); {@code status} (exact; an unknown status is a 400), {@code search}
 * (case-insensitive over name, emails, phones, company), {@code assignedToId} (a member id or
 * {@code unassigned}), {@code page} (from 1) and {@code pageSize} (1..100, default 50; anything else a 400
 * {@code {"error": "..."}}); the {@code {data, pagination}} wrapper with {@code page, pageSize, total,
 * totalPages, hasNextPage, hasPrevPage}. Order: {@code nextCallAt} ascending with leads that have no next
 * call <em>last</em> (the docs do not say; "who to call next" first is the reading chosen), then
 * {@code createdAt} descending, then id. The vendor documents no rate limit; with {@link Builder#throttle}
 * the sandbox answers 429 {@code {"error":"Too Many Attempts."}} with {@code Retry-After} once the window's
 * budget is spent, and sends no other rate-limit header.
 */
public final class OrgLeadsSandbox extends AbstractSandbox<OrgLeadsSandboxLead> {

    /** The key a sandbox accepts unless {@link Builder#apiKey(String)} says otherwise ({@code sk_<8>_<32>}). */
    public static final String DEFAULT_API_KEY = "sk_sandbox_0123456789abcdef0123456789abcdef";

    private final List<String> memberIds;

    private OrgLeadsSandbox(Builder builder) {
        super(builder, new OrgLeadsDialect(builder.apiKey()), OrgLeadsGenerator::generate,
                initial -> new OrgLeadsGenerator.Mutations(), Optional.of(OrgLeadsDialect.ORDER), "");
        this.memberIds = OrgLeadsGenerator.members(builder.seed());
    }

    /**
     * Starts configuring a sandbox: 100 generated leads, seed 1, {@link #DEFAULT_API_KEY}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every lead the sandbox holds now, in the order the API lists them (next call, then newest first): an
     * update moves a lead here as in the listing.
     *
     * @return an immutable snapshot
     */
    @Override
    public List<OrgLeadsSandboxLead> leads() {
        return super.leads();
    }

    /**
     * The org members generated leads are assigned to, for {@code assignedToId} filters.
     *
     * @return the member ids
     */
    public List<String> memberIds() {
        return memberIds;
    }

    /** Configures and starts an {@link OrgLeadsSandbox}. */
    public static final class Builder extends SandboxBuilder<Builder, OrgLeadsSandboxLead, OrgLeadsSandbox> {

        private Builder() {
            super(DEFAULT_API_KEY);
        }

        /**
         * Generates the leads and starts listening on a free port of 127.0.0.1.
         *
         * @return the running sandbox; close it when done
         */
        @Override
        public OrgLeadsSandbox start() {
            return new OrgLeadsSandbox(this);
        }
    }
}
