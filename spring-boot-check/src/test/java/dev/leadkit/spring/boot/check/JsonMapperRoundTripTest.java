package dev.leadkit.spring.boot.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.orgleads.OrgLead;
import dev.leadkit.tracking.TrackingLead;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leads a Boot 4 application lists go through Boot's own Jackson 3 {@link JsonMapper} bean, as an integration
 * puts them on a queue and reads them back: every lead of every vendor reads back equal, and Boot's mapper writes
 * the same text as a plain Jackson 2 {@code ObjectMapper}, so either side of a queue may be on either Jackson.
 */
class JsonMapperRoundTripTest {

    private static final ObjectMapper JACKSON_2 = new ObjectMapper();

    private static Sandboxes sandboxes;
    private static ConfigurableApplicationContext application;
    private static CheckApplication.LeadLister lister;
    private static JsonMapper json;

    @BeforeAll
    static void start() {
        sandboxes = new Sandboxes();
        application = sandboxes.startApplication();
        lister = application.getBean(CheckApplication.LeadLister.class);
        json = application.getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
        sandboxes.close();
    }

    @Test
    void everyAutocallsLeadReadsBackEqualThroughBootsJsonMapper() {
        List<AutocallsLead> leads = lister.autocalls();

        assertThat(leads).allSatisfy(lead -> assertThat(json.readValue(json.writeValueAsString(lead), AutocallsLead.class))
                .isEqualTo(lead));
    }

    @Test
    void everyNexusErpLeadReadsBackEqualThroughBootsJsonMapper() {
        List<OrgLead> leads = lister.orgleads();

        assertThat(leads).allSatisfy(lead -> assertThat(json.readValue(json.writeValueAsString(lead), OrgLead.class))
                .isEqualTo(lead));
    }

    @Test
    void everyOctanistLeadReadsBackEqualThroughBootsJsonMapper() {
        List<TrackingLead> leads = lister.tracking();

        assertThat(leads).allSatisfy(lead -> assertThat(json.readValue(json.writeValueAsString(lead), TrackingLead.class))
                .isEqualTo(lead));
    }

    @Test
    void bootsJsonMapperWritesTheTextJackson2WritesAndEachReadsTheOthers() throws Exception {
        roundTrip(lister.autocalls().get(0), AutocallsLead.class);
        roundTrip(lister.orgleads().get(0), OrgLead.class);
        roundTrip(lister.tracking().get(0), TrackingLead.class);
    }

    /** Each major writes the lead as the other does, and reads the other's text back equal, as its public type. */
    private <L> void roundTrip(L lead, Class<L> type) throws Exception {
        String jackson3 = json.writeValueAsString(lead);
        String jackson2 = JACKSON_2.writeValueAsString(lead);

        assertThat(jackson3).as("%s as Jackson 3 writes it", type.getSimpleName()).isEqualTo(jackson2);
        assertThat(json.readValue(jackson2, type)).isEqualTo(lead);
        assertThat(JACKSON_2.readValue(jackson3, type)).isEqualTo(lead);
    }
}
