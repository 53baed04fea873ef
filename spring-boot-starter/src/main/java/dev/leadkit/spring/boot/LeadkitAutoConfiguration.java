package dev.leadkit.spring.boot;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.orgleads.OrgLead;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.spring.boot.observation.LeadkitObservation;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLead;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes an {@link AutocallsClient}, {@link OrgLeadsClient} and {@link TrackingClient} bean, each only when its
 * {@code leadkit.<vendor>.api-key} is set and the application has no bean of that type of its own. Each is built
 * once from its {@link LeadkitProperties}, then the application's {@link LeadkitClientCustomizer}s, and closed
 * when the application context closes. A property the client cannot use stops the start with a failure analysis
 * naming it ({@link InvalidLeadkitPropertyFailureAnalyzer}).
 *
 * <p>When Micrometer's Observation API is on the class path and the application has an
 * {@link ObservationRegistry} (Boot makes one with Actuator), every client is observed
 * ({@link LeadkitObservation}): Boot's metrics and tracing see each attempt, retry, rate-limit wait and page.
 * {@code leadkit.observation.enabled=false} turns that off.
 */
@AutoConfiguration
@EnableConfigurationProperties(LeadkitProperties.class)
public class LeadkitAutoConfiguration {

    /** Made by Spring. */
    public LeadkitAutoConfiguration() {
    }

    /**
     * The Autocalls client (also Aiployees and Sondos AI, by {@code leadkit.autocalls.base-url}).
     *
     * @param properties  the {@code leadkit.*} properties
     * @param customizers the application's customizers, applied in order
     * @return the client, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "leadkit.autocalls", name = "api-key")
    public AutocallsClient leadkitAutocallsClient(LeadkitProperties properties,
            ObjectProvider<LeadkitClientCustomizer> customizers) {
        return ClientProperties.build("leadkit.autocalls", properties.getAutocalls(), AutocallsClient.builder(),
                AutocallsLead.PLATFORM, customizers.orderedStream());
    }

    /**
     * The Nexus ERP client; {@code leadkit.orgleads.base-url} is required too.
     *
     * @param properties  the {@code leadkit.*} properties
     * @param customizers the application's customizers, applied in order
     * @return the client, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "leadkit.orgleads", name = "api-key")
    public OrgLeadsClient leadkitOrgLeadsClient(LeadkitProperties properties,
            ObjectProvider<LeadkitClientCustomizer> customizers) {
        return ClientProperties.build("leadkit.orgleads", properties.getOrgleads(), OrgLeadsClient.builder(),
                OrgLead.PLATFORM, customizers.orderedStream());
    }

    /**
     * The Octanist client.
     *
     * @param properties  the {@code leadkit.*} properties
     * @param customizers the application's customizers, applied in order
     * @return the client, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "leadkit.tracking", name = "api-key")
    public TrackingClient leadkitTrackingClient(LeadkitProperties properties,
            ObjectProvider<LeadkitClientCustomizer> customizers) {
        return ClientProperties.build("leadkit.tracking", properties.getTracking(), TrackingClient.builder(),
                TrackingLead.PLATFORM, customizers.orderedStream());
    }

    /**
     * Observes every client, when Micrometer's Observation API is on the class path: its own class, so that the
     * rest loads without Micrometer.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    @ConditionalOnBooleanProperty(name = "leadkit.observation.enabled", matchIfMissing = true)
    static class Observed {

        /**
         * Observes each client through the application's registry, when it has one.
         *
         * @param registry the application's registry, if any
         * @return the customizer
         */
        @Bean
        LeadkitClientCustomizer leadkitObservation(ObjectProvider<ObservationRegistry> registry) {
            return (platform, builder) -> registry.ifAvailable(observations ->
                    LeadkitObservation.observe(builder, platform, observations));
        }
    }
}
