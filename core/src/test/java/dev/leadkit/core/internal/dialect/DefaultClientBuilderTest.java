package dev.leadkit.core.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.DecodeLimits;
import dev.leadkit.core.internal.dialect.TestVendor.Client;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every option's check and message, and what build() requires; requests are in DialectClientHttpTest. */
class DefaultClientBuilderTest {

    private static final String KEY = "12|abcDEF0123456789secret";

    private static ClientBuilder<Client> builder() {
        return Client.builder().apiKey(KEY);
    }

    /** Builds and closes a client: build() creates an OkHttp client, so each test releases it. */
    private static void builds(ClientBuilder<Client> builder) {
        try (Client client = builder.build()) {
            assertThat(client).isNotNull();
        }
    }

    @Test
    void theConstructorRejectsAMissingDialectOrWrap() {
        assertThatThrownBy(() -> new DefaultClientBuilder<>(null, client -> client))
                .isInstanceOf(NullPointerException.class).hasMessage("dialect");
        assertThatThrownBy(() -> new DefaultClientBuilder<>(TestVendor.DIALECT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("wrap");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void aBlankApiKeyIsRejected(String key) {
        assertThatThrownBy(() -> Client.builder().apiKey(key))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("apiKey must not be null or blank");
    }

    @Test
    void aNullApiKeyIsRejected() {
        assertThatThrownBy(() -> Client.builder().apiKey(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("apiKey must not be null or blank");
    }

    @Test
    void aNullBaseUrlIsRejected() {
        assertThatThrownBy(() -> builder().baseUrl(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("baseUrl must be an absolute http or https URL, got: null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "api.example.com/api", "ftp://api.example.com", "/api", ""})
    void aBaseUrlThatIsNoAbsoluteHttpUrlIsRejectedShowingIt(String url) {
        assertThatThrownBy(() -> builder().baseUrl(url))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("baseUrl must be an absolute http or https URL, got: " + url);
    }

    @Test
    void anUnreadableBaseUrlStartingWithAnAtSignIsNotShown() {
        assertThatThrownBy(() -> builder().baseUrl("@hunter2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("a URL with '@' (not shown: it may hold a password)");
    }

    @Test
    void anUnreadableBaseUrlHoldingAnAtSignIsNotShown() {
        assertThatThrownBy(() -> builder().baseUrl("htps://user:hunter2@api.example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must be an absolute http or https URL, got: a URL with '@' (not shown: it may hold a password)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:hunter2@api.example.com/api", "https://user@api.example.com/api",
            "https://:hunter2@api.example.com/api"})
    void aBaseUrlWithAUserOrPasswordIsRejectedWithoutShowingThem(String url) {
        assertThatThrownBy(() -> builder().baseUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must not hold a user name or password (user:password@): the API key is the only"
                        + " credential leadkit sends")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aBaseUrlWithAQueryIsRejectedWithoutShowingTheQuery() {
        assertThatThrownBy(() -> builder().baseUrl("https://api.example.com/api?token=s3cret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must not have a query string: leadkit writes each request's query itself, got"
                        + " https://api.example.com/api?...");
    }

    @Test
    void aBaseUrlWithAnEmptyQueryIsRejectedToo() {
        assertThatThrownBy(() -> builder().baseUrl("https://api.example.com/api?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("baseUrl must not have a query string");
    }

    @Test
    void aBaseUrlWithAFragmentIsRejectedWithoutShowingTheFragment() {
        assertThatThrownBy(() -> builder().baseUrl("https://api.example.com/api#s3cret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must not have a fragment (#...), got https://api.example.com/api#...");
        assertThatThrownBy(() -> builder().baseUrl("https://api.example.com/api#"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("baseUrl must not have a fragment");
    }

    @Test
    void aBaseUrlIsKeptWithoutItsSurroundingWhitespace() {
        assertThat(builder().baseUrl("  https://staging.example.com/api \n"))
                .hasToString("Test Vendor client builder{baseUrl=https://staging.example.com/api, apiKey=****}");
    }

    @Test
    void maxRetriesFromZeroToTenIsAccepted() {
        assertThatCode(() -> builder().maxRetries(0).maxRetries(10)).doesNotThrowAnyException();
    }

    @Test
    void maxRetriesOutsideZeroToTenIsRejected() {
        assertThatThrownBy(() -> builder().maxRetries(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRetries must be between 0 and 10, got -1");
        assertThatThrownBy(() -> builder().maxRetries(11))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRetries must be between 0 and 10, got 11");
    }

    @Test
    void aTimeoutFromAMillisecondToTenMinutesIsAccepted() {
        assertThatCode(() -> builder().timeout(Duration.ofMillis(1)).timeout(Duration.ofMinutes(10))).doesNotThrowAnyException();
    }

    @Test
    void aTimeoutUnderAMillisecondOrLongerThanTenMinutesIsRejected() {
        String message = "timeout must be between 1 millisecond and 10 minutes, got ";
        assertThatThrownBy(() -> builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message + "PT0S");
        assertThatThrownBy(() -> builder().timeout(Duration.ofNanos(999_999)))
                .as("OkHttp would take it for no timeout at all")
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message + "PT0.000999999S");
        assertThatThrownBy(() -> builder().timeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message + "PT-1S");
        assertThatThrownBy(() -> builder().timeout(Duration.ofMinutes(10).plusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message + "PT10M0.000000001S");
        assertThatThrownBy(() -> builder().timeout(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message + "null");
    }

    @Test
    void aMaxRetryWaitFromZeroToADayIsAccepted() {
        assertThatCode(() -> builder().maxRetryWait(Duration.ZERO).maxRetryWait(Duration.ofDays(1))).doesNotThrowAnyException();
    }

    @Test
    void aNegativeOrMissingMaxRetryWaitOrOneLongerThanADayIsRejected() {
        String message = "maxRetryWait must be between zero and a day, got ";
        assertThatThrownBy(() -> builder().maxRetryWait(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message + "PT-0.001S");
        assertThatThrownBy(() -> builder().maxRetryWait(Duration.ofDays(1).plusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message + "PT24H0.000000001S");
        assertThatThrownBy(() -> builder().maxRetryWait(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message + "null");
    }

    @Test
    void aRateLimitOfOneOrMoreRequestsPerSpanUpToADayIsAccepted() {
        assertThatCode(() -> builder().rateLimit(1, Duration.ofNanos(1)).rateLimit(60, Duration.ofDays(1)))
                .doesNotThrowAnyException();
    }

    @Test
    void aRateLimitOfNoRequestsOrOfASpanNotPositiveOrLongerThanADayIsRejected() {
        assertThatThrownBy(() -> builder().rateLimit(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rateLimit requests must be 1 or more, got 0");
        String per = "rateLimit per must be positive and at most a day, got ";
        assertThatThrownBy(() -> builder().rateLimit(3, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(per + "PT0S");
        assertThatThrownBy(() -> builder().rateLimit(3, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(per + "PT-1S");
        assertThatThrownBy(() -> builder().rateLimit(3, Duration.ofDays(1).plusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(per + "PT24H0.000000001S");
        assertThatThrownBy(() -> builder().rateLimit(3, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(per + "null");
    }

    @Test
    void aNullListenerOrDecodeLimitsIsRejectedNamingThem() {
        assertThatThrownBy(() -> builder().listener(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("listener must not be null (LeadkitListener.NONE listens to nothing)");
        assertThatThrownBy(() -> builder().decodeLimits(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("decodeLimits must not be null");
    }

    @Test
    void aClientBuiltWithDecodeLimitsAndARateLimitShowsThem() {
        try (Client client = builder().decodeLimits(DecodeLimits.builder().maxTokens(5_000).build())
                .rateLimit(3, Duration.ofSeconds(1)).build()) {
            assertThat(client.toString()).contains("rateLimit=").contains("decodeLimits=DecodeLimits{maxTokens=5000");
        }
    }

    @Test
    void theObjectOptionsRejectNullNamingThemselves() {
        assertThatThrownBy(() -> builder().httpClient(null))
                .isInstanceOf(NullPointerException.class).hasMessage("httpClient must not be null");
        assertThatThrownBy(() -> builder().serverZone(null))
                .isInstanceOf(NullPointerException.class).hasMessage("serverZone must not be null");
        assertThatThrownBy(() -> builder().sleeper(null))
                .isInstanceOf(NullPointerException.class).hasMessage("sleeper must not be null");
        assertThatThrownBy(() -> builder().clock(null))
                .isInstanceOf(NullPointerException.class).hasMessage("clock must not be null");
    }

    @Test
    void aUserAgentOfPrintableAsciiIsAccepted() {
        assertThatCode(() -> builder().userAgent("acme-crm sync/2.1 (~ops@acme.example)")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "acme\u001f", "acme\u007f", "acme\t1", "acme\n", "acmé/1", "acme/1 \u00a0"})
    void aUserAgentThatIsBlankOrNotPrintableAsciiIsRejected(String userAgent) {
        assertThatThrownBy(() -> builder().userAgent(userAgent))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("userAgent must be non-blank printable ASCII, got: " + userAgent);
    }

    @Test
    void aNullUserAgentIsRejected() {
        assertThatThrownBy(() -> builder().userAgent(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("userAgent must be non-blank printable ASCII, got: null");
    }

    @Test
    void aMaxResponseSizeOfOneKibibyteOrMoreIsAccepted() {
        assertThatCode(() -> builder().maxResponseBytes(1024).maxResponseBytes(Long.MAX_VALUE)).doesNotThrowAnyException();
    }

    @Test
    void aMaxResponseSizeUnderOneKibibyteIsRejected() {
        assertThatThrownBy(() -> builder().maxResponseBytes(1023))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxResponseBytes must be at least 1024, got 1023");
    }

    @Test
    void everySetterReturnsTheSameBuilder() {
        ClientBuilder<Client> builder = builder();

        assertThat(builder.apiKey("k")).isSameAs(builder);
        assertThat(builder.baseUrl("https://h.example/api")).isSameAs(builder);
        assertThat(builder.maxRetries(1)).isSameAs(builder);
        assertThat(builder.timeout(Duration.ofSeconds(1))).isSameAs(builder);
        assertThat(builder.maxRetryWait(Duration.ofSeconds(1))).isSameAs(builder);
        assertThat(builder.httpClient(new okhttp3.OkHttpClient())).isSameAs(builder);
        assertThat(builder.serverZone(java.time.ZoneOffset.UTC)).isSameAs(builder);
        assertThat(builder.userAgent("a/1")).isSameAs(builder);
        assertThat(builder.sleeper(wait -> { })).isSameAs(builder);
        assertThat(builder.clock(java.time.Clock.systemUTC())).isSameAs(builder);
        assertThat(builder.allowInsecureHttp()).isSameAs(builder);
        assertThat(builder.maxResponseBytes(2048)).isSameAs(builder);
        assertThat(builder.fromEnvironment(Map.of())).isSameAs(builder);
    }

    @Test
    void fromEnvironmentReadsTheDialectsKeyAndBaseUrl() {
        ClientBuilder<Client> builder = Client.builder().fromEnvironment(Map.of("TESTVENDOR_API_KEY", KEY,
                "TESTVENDOR_BASE_URL", "https://staging.example.com/api", "OTHER_BASE_URL", "https://other.example.com"));

        assertThat(builder).hasToString("Test Vendor client builder{baseUrl=https://staging.example.com/api, apiKey=****}");
        builds(builder);
    }

    @Test
    void fromEnvironmentLeavesTheBuilderAsItWasForUnsetOrBlankVariables() {
        ClientBuilder<Client> builder = Client.builder().apiKey(KEY).baseUrl("https://mine.example.com/api")
                .fromEnvironment(Map.of("TESTVENDOR_API_KEY", " ", "TESTVENDOR_BASE_URL", ""));

        assertThat(builder).hasToString("Test Vendor client builder{baseUrl=https://mine.example.com/api, apiKey=****}");
        assertThat(Client.builder().fromEnvironment(Map.of()))
                .hasToString("Test Vendor client builder{baseUrl=https://api.test-vendor.example/api, apiKey=unset}");
    }

    @Test
    void fromEnvironmentChecksWhatItReadsLikeTheSetters() {
        assertThatThrownBy(() -> Client.builder().fromEnvironment(Map.of("TESTVENDOR_BASE_URL", "https://h.example/api?x=1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("baseUrl must not have a query string");
    }

    @Test
    void fromEnvironmentRejectsNoEnvironment() {
        assertThatThrownBy(() -> Client.builder().fromEnvironment(null))
                .isInstanceOf(NullPointerException.class).hasMessage("environment must not be null");
    }

    @Test
    void fromEnvironmentWithoutAKeyLeavesBuildToSaySo() {
        assertThatThrownBy(() -> Client.builder().fromEnvironment(Map.of()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("apiKey is required: call apiKey(...) or set TESTVENDOR_API_KEY and use fromEnv()");
    }

    @Test
    void buildWithoutAKeyFailsNamingTheDialectsVariable() {
        assertThatThrownBy(() -> Client.selfHosted().baseUrl("https://h.example/api").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("apiKey is required: call apiKey(...) or set TESTVENDOR_API_KEY and use fromEnv()");
    }

    @Test
    void buildWithoutABaseUrlFailsWithTheDialectsHint() {
        assertThatThrownBy(() -> Client.selfHosted().apiKey(KEY).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("baseUrl is required: call baseUrl(\"https://<your host>/api\") (or set TESTVENDOR_BASE_URL and use"
                        + " fromEnv())");
    }

    /** A dialect built here, now, with none of the parts that have defaults. */
    private static Dialect<TestVendor.Query, TestVendor.TestLead> withoutDefaults() {
        return Dialect.<TestVendor.Query, TestVendor.TestLead>builder()
                .platform(TestVendor.PLATFORM)
                .envPrefix("BARE")
                .auth(dev.leadkit.core.internal.http.AuthScheme.bearer())
                .path("leads")
                .pageSizeParameter("per_page")
            .pageSizeParameter("per_page")
                .everything(TestVendor.Query.all())
                .parameters(TestVendor::parameters)
                .pageFormat(zone -> new TestVendor.Format(zone, false))
                .errorReader((body, error) -> { })
                .build();
    }

    @Test
    void aDialectWithoutAHintOfItsOwnSaysCallBaseUrl() {
        Dialect<TestVendor.Query, TestVendor.TestLead> bare = withoutDefaults();

        assertThat(bare.missingBaseUrlHint()).isEqualTo("call baseUrl(...)");
        assertThat(bare.defaultBaseUrl()).isEmpty();
        assertThatThrownBy(() -> new DefaultClientBuilder<>(bare, client -> client).apiKey(KEY).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("baseUrl is required: call baseUrl(...) (or set BARE_BASE_URL and use fromEnv())");
    }

    @Test
    void aDialectWithoutABaseUrlCheckOfItsOwnTakesAnyBaseUrl() {
        DefaultClientBuilder<TestVendor.Query, TestVendor.TestLead, DialectClient<TestVendor.Query, TestVendor.TestLead>> builder =
                new DefaultClientBuilder<>(withoutDefaults(), client -> client);

        try (DialectClient<TestVendor.Query, TestVendor.TestLead> client = builder.apiKey(KEY).baseUrl("https://h.example/any/path")
                .build()) {
            assertThat(client).hasToString("baseUrl=https://h.example/any/path, apiKey=****, maxRetries=3, timeout=PT30S, serverZone=Z");
            assertThat(client.leads()).isSameAs(client);
        }
    }

    @Test
    void theDialectsDefaultBaseUrlNeedsNoBaseUrl() {
        assertThat(Client.builder()).hasToString("Test Vendor client builder{baseUrl=https://api.test-vendor.example/api, apiKey=unset}");
        builds(builder());
    }

    @Test
    void theDialectsOwnBaseUrlCheckRunsAtBuild() {
        assertThatThrownBy(() -> Client.selfHosted().apiKey(KEY).baseUrl("https://h.example/v2").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("baseUrl must end in /api, got https://h.example/v2");
        builds(Client.selfHosted().apiKey(KEY).baseUrl("https://h.example/api"));
    }

    @Test
    void plainHttpOffLoopbackIsRejectedAtBuild() {
        assertThatThrownBy(() -> builder().baseUrl("http://api.example.com/api").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("baseUrl http://api.example.com uses plain http: the API key would travel unencrypted. Use https,"
                        + " or call allowInsecureHttp() if this host is really meant to be reached without TLS");
    }

    @Test
    void plainHttpOffLoopbackBuildsAfterAllowInsecureHttp() {
        builds(builder().baseUrl("http://api.example.com/api").allowInsecureHttp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/api", "http://LOCALHOST/api", "http://127.0.0.1/api", "http://127.0.0.0/api",
            "http://127.255.255.255/api", "http://127.249.199.99/api", "http://127.10.1.100/api", "http://[::1]:8080/api",
            "http://[0:0:0:0:0:0:0:1]/api"})
    void plainHttpToALoopbackHostBuilds(String url) {
        builds(builder().baseUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.example.com/api", "http://127.0.0.1.example.com/api", "http://127.0.0.256/api",
            "http://127.0.0.300/api", "http://127.1/api", "http://128.0.0.1/api", "http://10.0.0.1/api", "http://1127.0.0.1/api",
            "http://localhost.example.com/api", "http://[::2]/api"})
    void plainHttpToAHostThatOnlyLooksLikeLoopbackIsRejected(String url) {
        assertThatThrownBy(() -> builder().baseUrl(url).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("uses plain http");
    }

    @Test
    void toStringShowsTheBaseUrlAndWhetherAKeyIsSetButNeverTheKey() {
        assertThat(Client.selfHosted()).hasToString("Test Vendor client builder{baseUrl=null, apiKey=unset}");
        assertThat(builder().toString()).isEqualTo("Test Vendor client builder{baseUrl=https://api.test-vendor.example/api, apiKey=****}")
                .doesNotContain("abcDEF0123456789secret");
    }

    @Test
    void theBuiltClientShowsItsSettingsButNeverTheKey() {
        try (Client client = builder().maxRetries(5).timeout(Duration.ofSeconds(7)).serverZone(java.time.ZoneId.of("Europe/Bucharest"))
                .build()) {
            assertThat(client).hasToString("Client{baseUrl=https://api.test-vendor.example/api, apiKey=****, maxRetries=5,"
                    + " timeout=PT7S, serverZone=Europe/Bucharest}");
        }
    }

    @Test
    void aClientBuiltWithOnlyAKeyHasTheDocumentedDefaults() {
        try (Client client = builder().build()) {
            assertThat(client).hasToString("Client{baseUrl=https://api.test-vendor.example/api, apiKey=****, maxRetries=3,"
                    + " timeout=PT30S, serverZone=Z}");
        }
    }
}
