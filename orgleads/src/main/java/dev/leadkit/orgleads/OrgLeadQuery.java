package dev.leadkit.orgleads;

import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.dialect.QueryChecks;
import dev.leadkit.core.internal.dialect.VendorValues;
import dev.leadkit.orgleads.internal.OrgLeadsQueryParams;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The filters of a Nexus ERP lead listing, each sent as the parameter the API documents. Every filter is
 * optional; an empty query lists every lead of the organisation, 100 to a page (the vendor's largest page).
 *
 * <pre>{@code
 * OrgLeadQuery query = OrgLeadQuery.builder()
 *         .status(OrgLeadStatus.QUALIFIED)          // status=QUALIFIED
 *         .search("acme & co")                      // search=acme%20%26%20co (name, email, phone, company)
 *         .assignedToId("65e0a000a000a000a000a000") // assignedToId=65e0... (an OrgMember id)
 *         .pageSize(50)                             // pageSize=50 (1..100; unset: 100, the largest)
 *         .build();
 *
 * OrgLeadQuery nobodys = OrgLeadQuery.builder()
 *         .unassigned()                             // assignedToId=unassigned: leads with no owner
 *         .build();
 * }</pre>
 *
 * <p>The assignee is one choice of three: anyone (neither set), one OrgMember ({@link Builder#assignedToId(String)}),
 * or nobody ({@link Builder#unassigned()}). The API takes the last as the literal {@code "unassigned"} in
 * {@code assignedToId}; the SDK sends it for you, so the magic string never appears in your code.
 *
 * <p>{@link Builder#build()} throws {@link IllegalArgumentException}, naming the parameter, for a
 * {@code pageSize} outside 1..100, both {@code assignedToId} and {@code unassigned()}, an
 * {@code assignedToId} that is blank or is the literal {@code "unassigned"}, a blank {@code search}, or
 * the {@link OrgLeadStatus#UNKNOWN} status.
 */
@Value.Immutable
@LeadkitStyle
public abstract class OrgLeadQuery {

    /**
     * The most leads a page may hold. The API documents 1..100 but not what it does with more (clamp,
     * error, or ignore); the SDK never sends more: {@link Builder#build()} rejects it.
     */
    public static final int MAX_PAGE_SIZE = 100;

    /** Implemented by Immutables only: leadkit makes every instance, immutable. */
    OrgLeadQuery() {
    }

    /**
     * Starts a query.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a query without filters: every lead, 100 to a page} */
    public static OrgLeadQuery all() {
        return builder().build();
    }

    /** {@return the status filter ({@code status}, exact match)} Only leads with this status. */
    public abstract Optional<OrgLeadStatus> status();

    /**
     * {@return the search filter ({@code search})} Only leads whose contact name, email, phone or company
     * contains this, ignoring case.
     * Sent percent-encoded: {@code a&b=c} or {@code +1 (415)} reach the server as typed.
     */
    public abstract Optional<String> search();

    /** {@return the owner filter ({@code assignedToId})} Only leads owned by this OrgMember; see {@link #unassigned()} for leads with no owner. */
    public abstract Optional<String> assignedToId();

    /** {@return whether only leads with no owner are listed (sent as {@code assignedToId=unassigned})} */
    @Value.Default
    public boolean unassigned() {
        return false;
    }

    /** {@return leads per page ({@code pageSize}), 1 to 100; when unset leadkit sends 100, the largest (the vendor's own default is 50)} */
    public abstract OptionalInt pageSize();

    @Value.Check
    void validate() {
        pageSize().ifPresent(n -> QueryChecks.between("pageSize", n, 1, MAX_PAGE_SIZE));
        status().ifPresent(status -> VendorValues.requireSendable("status", status, OrgLeadStatus.UNKNOWN));
        search().ifPresent(text -> QueryChecks.notBlank("search", text));
        assignedToId().ifPresent(id -> {
            QueryChecks.notBlank("assignedToId", id);
            if (id.strip().equalsIgnoreCase(OrgLeadsQueryParams.UNASSIGNED)) {
                throw new IllegalArgumentException("assignedToId must be an OrgMember id; for leads with no owner"
                        + " call unassigned() instead of passing \"" + OrgLeadsQueryParams.UNASSIGNED + "\"");
            }
            if (unassigned()) {
                throw new IllegalArgumentException("assignedToId and unassigned() exclude each other: a lead is"
                        + " either owned by " + id + " or by nobody; set one of them");
            }
        });
    }

    /** Builds {@link OrgLeadQuery}s; {@link #build()} validates. */
    public static final class Builder extends ImmutableOrgLeadQuery.Builder {

        Builder() {
        }

        /**
         * Only leads with no owner: sends {@code assignedToId=unassigned}. Excludes {@link #assignedToId(String)}.
         *
         * @return this builder
         */
        public Builder unassigned() {
            unassigned(true);
            return this;
        }
    }
}
