package dev.leadkit.spring.boot;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.Platform;

/**
 * Changes a client's builder before the starter builds the client, after the {@code leadkit.*} properties were
 * applied: a bean of this type is applied to every client the starter makes. For what no property says (a
 * {@code listener}, an {@code httpClient} with a proxy):
 *
 * <pre>{@code
 * @Bean
 * LeadkitClientCustomizer auditListener(AuditLog audit) {
 *     return (platform, builder) -> builder.listener(new AuditingListener(audit, platform));
 * }
 * }</pre>
 *
 * <p>With Micrometer, the starter's own customizer observes each client by setting its {@code listener} and
 * {@code httpClient}; a customizer of yours that sets either replaces the observation of that client.
 */
@FunctionalInterface
public interface LeadkitClientCustomizer {

    /**
     * Changes the builder of one client.
     *
     * @param platform the client's platform, e.g. {@code AutocallsLead.PLATFORM}
     * @param builder  its builder, with the properties applied
     */
    void customize(Platform platform, ClientBuilder<?> builder);
}
