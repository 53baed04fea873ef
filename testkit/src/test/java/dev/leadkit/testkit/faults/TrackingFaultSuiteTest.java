package dev.leadkit.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.BadRequestException;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.VendorBodies;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.testkit.TrackingSandboxLead;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLeadQuery;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

class TrackingFaultSuiteTest extends FaultSuite {

    @Override
    Sandbox startSandbox() {
        return TrackingSandbox.builder().leads(LEADS).seed(11).start();
    }

    @Override
    List<String> expectedIds() {
        // the vendor's default order: newest first
        return ((TrackingSandbox) sandbox).leads().stream()
                .sorted(java.util.Comparator.comparing(TrackingSandboxLead::createdAt).reversed()
                        .thenComparing(TrackingSandboxLead::id))
                .map(TrackingSandboxLead::id).collect(Collectors.toList());
    }

    @Override
    Listing open(String apiKey) {
        TrackingClient client = configure(TrackingClient.builder()).apiKey(apiKey).build();
        return new Listing(client, client.leads().list(TrackingLeadQuery.builder().limit(100).build()));
    }

    @Override
    String vendorErrorBody(int status) {
        String code = status == 403 ? "FORBIDDEN" : status == 404 ? "NOT_FOUND" : "VALIDATION_ERROR";
        return VendorBodies.octanistError(code, "Refused with " + status, "req_fault", Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Override
    void assertValidationDetails(BadRequestException e) {
        assertThat(e.errorCode()).hasValue("VALIDATION_ERROR");
        assertThat(e.requestId()).hasValue("req_fault");
        assertThat(e.vendorMessage()).hasValue("Refused with 422");
    }
}
