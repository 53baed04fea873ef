package dev.leadkit.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.BadRequestException;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.VendorBodies;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

class AutocallsFaultSuiteTest extends FaultSuite {

    @Override
    Sandbox startSandbox() {
        return AutocallsSandbox.builder().leads(LEADS).seed(11).start();
    }

    @Override
    List<String> expectedIds() {
        return ((AutocallsSandbox) sandbox).leads().stream().map(lead -> Long.toString(lead.id())).collect(Collectors.toList());
    }

    @Override
    Listing open(String apiKey) {
        AutocallsClient client = configure(AutocallsClient.builder()).apiKey(apiKey).build();
        return new Listing(client, client.leads().list(AutocallsLeadQuery.builder().perPage(100).build()));
    }

    @Override
    String vendorErrorBody(int status) {
        return status == 422
                ? VendorBodies.laravelValidation(Map.of("per_page", List.of("The per page field must be between 1 and 100.")))
                : VendorBodies.laravelMessage("Refused with " + status + ".");
    }

    @Override
    void assertValidationDetails(BadRequestException e) {
        assertThat(e.fieldErrors()).containsKey("per_page");
        assertThat(e.vendorMessage()).hasValue("The per page field must be between 1 and 100.");
    }
}
