package dev.leadkit.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.BadRequestException;
import dev.leadkit.orgleads.OrgLeadQuery;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.OrgLeadsSandboxLead;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.VendorBodies;
import java.util.List;
import java.util.stream.Collectors;

class OrgLeadsFaultSuiteTest extends FaultSuite {

    @Override
    Sandbox startSandbox() {
        return OrgLeadsSandbox.builder().leads(LEADS).seed(11).start();
    }

    @Override
    List<String> expectedIds() {
        return ((OrgLeadsSandbox) sandbox).leads().stream().map(OrgLeadsSandboxLead::id).collect(Collectors.toList());
    }

    @Override
    Listing open(String apiKey) {
        OrgLeadsClient client = configure(OrgLeadsClient.builder()).apiKey(apiKey).build();
        return new Listing(client, client.leads().list(OrgLeadQuery.builder().pageSize(100).build()));
    }

    @Override
    String vendorErrorBody(int status) {
        return VendorBodies.nexusError("Refused with " + status);
    }

    @Override
    void assertValidationDetails(BadRequestException e) {
        assertThat(e.vendorMessage()).hasValue("Refused with 422");
    }
}
