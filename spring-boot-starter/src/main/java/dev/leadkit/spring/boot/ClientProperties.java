package dev.leadkit.spring.boot;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.DecodeLimits;
import dev.leadkit.core.Platform;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.stream.Stream;

/**
 * Builds one vendor's client from its {@code leadkit.<vendor>.*} properties: each property is handed to the
 * builder option of the same name, and what the builder refuses becomes an {@link InvalidLeadkitPropertyException}
 * naming the property, with the builder's reason (which never holds the key).
 */
final class ClientProperties {

    private ClientProperties() {
    }

    /**
     * @param prefix      the vendor's properties, e.g. {@code leadkit.autocalls}
     * @param properties  their values
     * @param builder     a new builder of the vendor's client
     * @param platform    the vendor's platform, for the customizers
     * @param customizers applied after the properties, in order
     * @return the client
     * @throws InvalidLeadkitPropertyException if a property cannot be used
     */
    static <C> C build(String prefix, LeadkitProperties.Vendor properties, ClientBuilder<C> builder, Platform platform,
            Stream<LeadkitClientCustomizer> customizers) {
        set(prefix + ".api-key", () -> builder.apiKey(properties.getApiKey()));
        if (properties.getBaseUrl() != null) {
            set(prefix + ".base-url", () -> builder.baseUrl(properties.getBaseUrl()));
        }
        if (properties.getTimeout() != null) {
            set(prefix + ".timeout", () -> builder.timeout(properties.getTimeout()));
        }
        if (properties.getMaxRetries() != null) {
            set(prefix + ".max-retries", () -> builder.maxRetries(properties.getMaxRetries()));
        }
        if (properties.getMaxRetryWait() != null) {
            set(prefix + ".max-retry-wait", () -> builder.maxRetryWait(properties.getMaxRetryWait()));
        }
        if (properties.getUserAgent() != null) {
            set(prefix + ".user-agent", () -> builder.userAgent(properties.getUserAgent()));
        }
        if (properties.getServerZone() != null) {
            set(prefix + ".server-zone", () -> builder.serverZone(zone(properties.getServerZone())));
        }
        if (properties.getMaxResponseBytes() != null) {
            set(prefix + ".max-response-bytes", () -> builder.maxResponseBytes(properties.getMaxResponseBytes().toBytes()));
        }
        if (properties.isAllowInsecureHttp()) {
            builder.allowInsecureHttp();
        }
        rateLimit(prefix + ".rate-limit", properties.getRateLimit(), builder);
        decodeLimits(prefix + ".decode-limits", properties.getDecodeLimits(), builder);
        customizers.forEach(customizer -> customizer.customize(platform, builder));
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            // what build() checks last: the base URL (missing, not one the dialect can use, plain http) or the
            // OkHttp on the class path, which no property changes
            String property = e.getMessage() != null && e.getMessage().startsWith("baseUrl") ? prefix + ".base-url" : prefix;
            throw new InvalidLeadkitPropertyException(property, e.getMessage(), e);
        }
    }

    private static void rateLimit(String prefix, LeadkitProperties.RateLimit limit, ClientBuilder<?> builder) {
        if (limit.getRequests() == null && limit.getPer() == null) {
            return;
        }
        if (limit.getRequests() == null || limit.getPer() == null) {
            String missing = limit.getRequests() == null ? prefix + ".requests" : prefix + ".per";
            throw new InvalidLeadkitPropertyException(missing, "is required with " + prefix
                    + (limit.getRequests() == null ? ".per" : ".requests") + ": a rate limit is so many requests per span", null);
        }
        set(prefix, () -> builder.rateLimit(limit.getRequests(), limit.getPer()));
    }

    private static void decodeLimits(String prefix, LeadkitProperties.DecodeLimits limits, ClientBuilder<?> builder) {
        if (limits.getMaxTokens() == null && limits.getMaxDepth() == null && limits.getMaxStringLength() == null) {
            return;
        }
        DecodeLimits.Builder decode = DecodeLimits.builder();
        if (limits.getMaxTokens() != null) {
            set(prefix + ".max-tokens", () -> decode.maxTokens(limits.getMaxTokens()));
        }
        if (limits.getMaxDepth() != null) {
            set(prefix + ".max-depth", () -> decode.maxDepth(limits.getMaxDepth()));
        }
        if (limits.getMaxStringLength() != null) {
            set(prefix + ".max-string-length", () -> decode.maxStringLength(limits.getMaxStringLength()));
        }
        builder.decodeLimits(decode.build());
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("serverZone must be a zone ID such as Europe/Bucharest or +02:00, got: " + zone, e);
        }
    }

    /** Applies one property, naming it when the builder refuses it. */
    private static void set(String property, Runnable option) {
        try {
            option.run();
        } catch (IllegalArgumentException e) {
            throw new InvalidLeadkitPropertyException(property, e.getMessage(), e);
        }
    }
}
