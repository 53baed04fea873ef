package dev.leadkit.autocalls;

import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.dialect.QueryChecks;
import dev.leadkit.core.internal.dialect.VendorValues;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The filters of an Autocalls lead listing, each sent as the parameter the API documents. Every filter is
 * optional; an empty query lists every lead, 100 to a page (the vendor's largest page).
 *
 * <pre>{@code
 * AutocallsLeadQuery query = AutocallsLeadQuery.builder()
 *         .status(AutocallsLeadStatus.COMPLETED)     // status=completed
 *         .campaignId(42)                            // campaign_id=42
 *         .phoneNumber("+1415")                      // phone_number=%2B1415 (partial match)
 *         .dateFrom(LocalDate.of(2025, 6, 1))        // date_from=2025-06-01
 *         .dateTo(LocalDate.of(2025, 6, 30))         // date_to=2025-06-30
 *         .perPage(50)                               // per_page=50 (1..100; unset: 100, the largest)
 *         .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} throws {@link IllegalArgumentException}, naming the parameter, for a
 * {@code perPage} outside 1..100, a {@code campaignId} below 1, a blank {@code phoneNumber}, a
 * {@code dateFrom} after {@code dateTo}, or the {@link AutocallsLeadStatus#UNKNOWN} status.
 */
@Value.Immutable
@LeadkitStyle
public abstract class AutocallsLeadQuery {

    /** The most leads a page may hold. */
    public static final int MAX_PER_PAGE = 100;

    /** Implemented by Immutables only: leadkit makes every instance, immutable. */
    AutocallsLeadQuery() {
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
    public static AutocallsLeadQuery all() {
        return builder().build();
    }

    /** {@return only leads with this status ({@code status})} */
    public abstract Optional<AutocallsLeadStatus> status();

    /** {@return only leads of this campaign ({@code campaign_id})} */
    public abstract OptionalLong campaignId();

    /** {@return only leads whose phone number contains this ({@code phone_number}, partial match)} */
    public abstract Optional<String> phoneNumber();

    /** {@return only leads created on or after this day ({@code date_from})} */
    public abstract Optional<LocalDate> dateFrom();

    /** {@return only leads created on or before this day ({@code date_to})} */
    public abstract Optional<LocalDate> dateTo();

    /** {@return leads per page ({@code per_page}), 1 to 100; when unset leadkit sends 100, the largest (the vendor's own default is 15)} */
    public abstract OptionalInt perPage();

    @Value.Check
    void validate() {
        perPage().ifPresent(n -> QueryChecks.between("perPage", n, 1, MAX_PER_PAGE));
        campaignId().ifPresent(id -> QueryChecks.atLeast("campaignId", id, 1));
        phoneNumber().ifPresent(phone -> QueryChecks.notBlank("phoneNumber", phone));
        status().ifPresent(status -> VendorValues.requireSendable("status", status, AutocallsLeadStatus.UNKNOWN));
        if (dateFrom().isPresent() && dateTo().isPresent() && dateFrom().get().isAfter(dateTo().get())) {
            throw new IllegalArgumentException("dateFrom (" + dateFrom().get() + ") must not be after dateTo ("
                    + dateTo().get() + ")");
        }
    }

    /** Builds {@link AutocallsLeadQuery}s; {@link #build()} validates. */
    public static final class Builder extends ImmutableAutocallsLeadQuery.Builder {

        Builder() {
        }
    }
}
