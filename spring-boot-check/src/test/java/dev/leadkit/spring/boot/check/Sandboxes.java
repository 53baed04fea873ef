package dev.leadkit.spring.boot.check;

import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.TrackingSandbox;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One sandbox of each vendor, and the {@link CheckApplication} started against them with nothing but
 * {@code leadkit.*} properties, as an application's {@code application.properties} would set them.
 */
final class Sandboxes implements AutoCloseable {

    static final int AUTOCALLS_LEADS = 120;
    static final int ORGLEADS_LEADS = 75;
    static final int TRACKING_LEADS = 140;

    final AutocallsSandbox autocalls = AutocallsSandbox.builder().leads(AUTOCALLS_LEADS).seed(21).start();
    final OrgLeadsSandbox orgleads = OrgLeadsSandbox.builder().leads(ORGLEADS_LEADS).seed(21).start();
    final TrackingSandbox tracking = TrackingSandbox.builder().leads(TRACKING_LEADS).seed(21).start();

    /**
     * Starts the application as {@code SpringApplication.run} does, without a web server.
     *
     * @param more properties of the test's, after the sandboxes' own
     */
    ConfigurableApplicationContext startApplication(String... more) {
        return new SpringApplicationBuilder(CheckApplication.class)
                .web(WebApplicationType.NONE)
                .properties(more)
                .properties("spring.main.banner-mode=off",
                        "leadkit.autocalls.api-key=" + autocalls.apiKey(),
                        "leadkit.autocalls.base-url=" + autocalls.baseUrl(),
                        "leadkit.orgleads.api-key=" + orgleads.apiKey(),
                        "leadkit.orgleads.base-url=" + orgleads.baseUrl(),
                        "leadkit.tracking.api-key=" + tracking.apiKey(),
                        "leadkit.tracking.base-url=" + tracking.baseUrl())
                .run();
    }

    /** {@return every sandbox} */
    List<Sandbox> all() {
        return List.of(autocalls, orgleads, tracking);
    }

    @Override
    public void close() {
        all().forEach(Sandbox::close);
    }
}
