package dev.leadkit.spring.boot.check;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.orgleads.OrgLead;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLead;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

/**
 * The application an integration is: Boot, the starter, Boot's Jackson and Micrometer, and a service of its own
 * that is handed leadkit's clients. Nothing in it mentions leadkit's configuration: the starter does it all
 * from the {@code leadkit.*} properties.
 */
@SpringBootApplication
public class CheckApplication {

    /** The integration's own service: lists every vendor through the clients Boot injects. */
    @Service
    public static class LeadLister {

        private final AutocallsClient autocalls;
        private final OrgLeadsClient orgleads;
        private final TrackingClient tracking;

        /**
         * @param autocalls injected by the starter
         * @param orgleads  injected by the starter
         * @param tracking  injected by the starter
         */
        public LeadLister(AutocallsClient autocalls, OrgLeadsClient orgleads, TrackingClient tracking) {
            this.autocalls = autocalls;
            this.orgleads = orgleads;
            this.tracking = tracking;
        }

        /** {@return every Autocalls lead} */
        public List<AutocallsLead> autocalls() {
            return autocalls.leads().list().stream().toList();
        }

        /** {@return every Nexus ERP lead} */
        public List<OrgLead> orgleads() {
            return orgleads.leads().list().stream().toList();
        }

        /** {@return every Octanist lead} */
        public List<TrackingLead> tracking() {
            return tracking.leads().list().stream().toList();
        }
    }
}
