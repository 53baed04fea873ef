package dev.leadkit.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code leadkit.*} properties: one group per vendor ({@code leadkit.autocalls}, {@code leadkit.orgleads},
 * {@code leadkit.tracking}), each holding the options of that vendor's client builder, and
 * {@code leadkit.observation.enabled}. A vendor's client is made only when its {@code api-key} is set; an option
 * left unset keeps the builder's default.
 *
 * <pre>
 * leadkit.autocalls.api-key=${AUTOCALLS_API_KEY}
 * leadkit.autocalls.base-url=https://call.aiployees.com/api
 * leadkit.autocalls.max-retries=5
 * leadkit.autocalls.timeout=20s
 * leadkit.orgleads.api-key=${ORGLEADS_API_KEY}
 * leadkit.orgleads.base-url=https://crm.example.com
 * leadkit.tracking.api-key=${TRACKING_API_KEY}
 * leadkit.tracking.rate-limit.requests=60
 * leadkit.tracking.rate-limit.per=1m
 * </pre>
 */
@ConfigurationProperties("leadkit")
public class LeadkitProperties {

    private final Vendor autocalls = new Vendor();
    private final Vendor orgleads = new Vendor();
    private final Vendor tracking = new Vendor();
    private final Observation observation = new Observation();

    /** Makes the properties with nothing set: no client is made until an {@code api-key} is bound. */
    public LeadkitProperties() {
    }

    /** {@return the Autocalls client's options ({@code leadkit.autocalls.*}); also for Aiployees and Sondos AI} */
    public Vendor getAutocalls() {
        return autocalls;
    }

    /** {@return the Nexus ERP client's options ({@code leadkit.orgleads.*})} */
    public Vendor getOrgleads() {
        return orgleads;
    }

    /** {@return the Octanist client's options ({@code leadkit.tracking.*})} */
    public Vendor getTracking() {
        return tracking;
    }

    /** {@return whether the clients are observed ({@code leadkit.observation.*})} */
    public Observation getObservation() {
        return observation;
    }

    /**
     * One vendor's client options, each the builder option of the same name; unset ones keep the builder's
     * default. Its {@code toString()} is {@code Object}'s, so the key is never printed.
     */
    public static class Vendor {

        private String apiKey;
        private String baseUrl;
        private Duration timeout;
        private Integer maxRetries;
        private Duration maxRetryWait;
        private String userAgent;
        private String serverZone;
        private DataSize maxResponseBytes;
        private boolean allowInsecureHttp;
        private final RateLimit rateLimit = new RateLimit();
        private final DecodeLimits decodeLimits = new DecodeLimits();

        /** Makes a vendor's options with nothing set. */
        public Vendor() {
        }

        /** {@return the API key: when set, the client is made} */
        public String getApiKey() {
            return apiKey;
        }

        /**
         * Sets the API key, sent only to the base URL's host; setting it makes the client.
         *
         * @param apiKey the key alone, without {@code Bearer}
         */
        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        /** {@return the base URL, or null for the vendor's default} */
        public String getBaseUrl() {
            return baseUrl;
        }

        /**
         * Sets the base URL: for Autocalls one of its hosts' {@code .../api} (Autocalls by default), for Nexus ERP
         * the CRM's origin (required), for Octanist its {@code .../api} (Octanist's by default).
         *
         * @param baseUrl an absolute https URL
         */
        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /** {@return how long one attempt may take, or null for the default, 30 seconds} */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets how long one attempt may take, from connecting to the last byte of the body.
         *
         * @param timeout 1 millisecond to 10 minutes
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        /** {@return how many times a failed request is retried, or null for the default, 3} */
        public Integer getMaxRetries() {
            return maxRetries;
        }

        /**
         * Sets how many times a failed request is retried; 0 turns retries off.
         *
         * @param maxRetries 0 to 10
         */
        public void setMaxRetries(Integer maxRetries) {
            this.maxRetries = maxRetries;
        }

        /** {@return the longest vendor's {@code Retry-After} waited for, or null for the default, 60 seconds} */
        public Duration getMaxRetryWait() {
            return maxRetryWait;
        }

        /**
         * Sets the longest {@code Retry-After} the client waits for; a longer one fails the request at once.
         *
         * @param maxRetryWait zero to a day
         */
        public void setMaxRetryWait(Duration maxRetryWait) {
            this.maxRetryWait = maxRetryWait;
        }

        /** {@return the product token sent before leadkit's in the {@code User-Agent}, or null for none} */
        public String getUserAgent() {
            return userAgent;
        }

        /**
         * Sets a product token of the application's, sent before leadkit's own in the {@code User-Agent} header.
         *
         * @param userAgent printable ASCII, e.g. {@code acme-crm-sync/2.1}
         */
        public void setUserAgent(String userAgent) {
            this.userAgent = userAgent;
        }

        /** {@return the zone of timestamps without an offset, or null for the default, UTC} */
        public String getServerZone() {
            return serverZone;
        }

        /**
         * Sets the zone in which timestamps without an offset are read: the vendor account's time zone.
         *
         * @param serverZone a zone ID, e.g. {@code Europe/Bucharest} or {@code +02:00}
         */
        public void setServerZone(String serverZone) {
            this.serverZone = serverZone;
        }

        /** {@return the largest response body accepted, or null for the default, 32 MiB} */
        public DataSize getMaxResponseBytes() {
            return maxResponseBytes;
        }

        /**
         * Sets the largest response body accepted, counted after decompression.
         *
         * @param maxResponseBytes at least 1 KiB, e.g. {@code 64MB}
         */
        public void setMaxResponseBytes(DataSize maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
        }

        /** {@return whether a plain {@code http://} base URL on a host that is not loopback is allowed} */
        public boolean isAllowInsecureHttp() {
            return allowInsecureHttp;
        }

        /**
         * Allows a plain {@code http://} base URL on a host that is not loopback (the key then travels readable).
         *
         * @param allowInsecureHttp true to allow it; false by default
         */
        public void setAllowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
        }

        /** {@return the client's own rate limit ({@code rate-limit.requests} per {@code rate-limit.per})} */
        public RateLimit getRateLimit() {
            return rateLimit;
        }

        /** {@return how much one page may decode into ({@code decode-limits.*})} */
        public DecodeLimits getDecodeLimits() {
            return decodeLimits;
        }
    }

    /**
     * A client's own rate limit, besides the vendor's: at most {@code requests} requests in any span of
     * {@code per}. Both are set, or neither (no limit of the client's own).
     */
    public static class RateLimit {

        private Integer requests;
        private Duration per;

        /** Makes a rate limit with nothing set: no limit. */
        public RateLimit() {
        }

        /** {@return how many requests a span of {@link #getPer()} allows, or null for no limit} */
        public Integer getRequests() {
            return requests;
        }

        /**
         * Sets how many requests (attempts and retries alike) a span of {@code per} allows.
         *
         * @param requests 1 or more
         */
        public void setRequests(Integer requests) {
            this.requests = requests;
        }

        /** {@return the span, or null for no limit} */
        public Duration getPer() {
            return per;
        }

        /**
         * Sets the span in which at most {@code requests} requests are sent.
         *
         * @param per positive, at most a day
         */
        public void setPer(Duration per) {
            this.per = per;
        }
    }

    /** How much one page may decode into; an unset limit keeps its default. */
    public static class DecodeLimits {

        private Long maxTokens;
        private Integer maxDepth;
        private Integer maxStringLength;

        /** Makes the limits with nothing set: the defaults. */
        public DecodeLimits() {
        }

        /** {@return the most JSON tokens one page may hold, or null for the default} */
        public Long getMaxTokens() {
            return maxTokens;
        }

        /**
         * Sets the most JSON tokens one page may hold.
         *
         * @param maxTokens at least 100
         */
        public void setMaxTokens(Long maxTokens) {
            this.maxTokens = maxTokens;
        }

        /** {@return the deepest nesting one page may hold, or null for the default} */
        public Integer getMaxDepth() {
            return maxDepth;
        }

        /**
         * Sets the deepest nesting of objects and arrays one page may hold.
         *
         * @param maxDepth 3 to 1,000
         */
        public void setMaxDepth(Integer maxDepth) {
            this.maxDepth = maxDepth;
        }

        /** {@return the longest string one page may hold, in characters, or null for the default} */
        public Integer getMaxStringLength() {
            return maxStringLength;
        }

        /**
         * Sets the longest string one page may hold, in characters.
         *
         * @param maxStringLength at least 1,024
         */
        public void setMaxStringLength(Integer maxStringLength) {
            this.maxStringLength = maxStringLength;
        }
    }

    /** Whether the clients are observed through Micrometer, when the application has an {@code ObservationRegistry}. */
    public static class Observation {

        private boolean enabled = true;

        /** Makes the setting at its default: observed. */
        public Observation() {
        }

        /** {@return whether the clients are observed; true by default} */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the clients are observed.
         *
         * @param enabled false to leave the clients unobserved even with Micrometer present
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
