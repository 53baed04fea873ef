package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.DecodeLimits;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

    private static final String KEY = "12|abcDEF0123456789secret";
    private final OkHttpClient http = new OkHttpClient();
    private final Sleeper sleeper = wait -> { };
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final LeadkitListener listener = new LeadkitListener() { };

    private ClientSettings settings(OkHttpClient callerHttpClient, String userAgent) {
        return settings(callerHttpClient, userAgent, null, DecodeLimits.defaults());
    }

    private ClientSettings settings(OkHttpClient callerHttpClient, String userAgent, RateLimit rateLimit,
            DecodeLimits decodeLimits) {
        return ImmutableClientSettings.builder().apiKey(KEY).baseUrl(HttpUrl.get("https://api.example.com/api"))
                .maxRetries(4).timeout(Duration.ofSeconds(20)).maxRetryWait(Duration.ofSeconds(90))
                .callerHttpClient(Optional.ofNullable(callerHttpClient)).serverZone(ZoneId.of("Europe/Bucharest"))
                .userAgent(Optional.ofNullable(userAgent)).sleeper(sleeper).clock(clock).maxResponseBytes(4096)
                .listener(listener).rateLimit(Optional.ofNullable(rateLimit)).decodeLimits(decodeLimits).build();
    }

    @Test
    void everySettingIsHandedBackAsGiven() {
        ClientSettings settings = settings(http, "acme/1.0");

        assertThat(settings.apiKey()).isEqualTo(KEY);
        assertThat(settings.baseUrl()).isEqualTo(HttpUrl.get("https://api.example.com/api"));
        assertThat(settings.maxRetries()).isEqualTo(4);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.maxRetryWait()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.callerHttpClient()).containsSame(http);
        assertThat(settings.serverZone()).isEqualTo(ZoneId.of("Europe/Bucharest"));
        assertThat(settings.userAgent()).hasValue("acme/1.0");
        assertThat(settings.sleeper()).isSameAs(sleeper);
        assertThat(settings.clock()).isSameAs(clock);
        assertThat(settings.maxResponseBytes()).isEqualTo(4096);
        assertThat(settings.listener()).isSameAs(listener);
        assertThat(settings.decodeLimits()).isEqualTo(DecodeLimits.defaults());
    }

    @Test
    void aRateLimitAndDecodeLimitsOfTheirOwnAreHandedBackAndShown() {
        DecodeLimits limits = DecodeLimits.builder().maxTokens(5_000).build();
        ClientSettings settings = settings(null, null, new RateLimit(3, Duration.ofSeconds(1)), limits);

        assertThat(settings.rateLimit()).hasValue(new RateLimit(3, Duration.ofSeconds(1)));
        assertThat(settings.decodeLimits()).isSameAs(limits);
        assertThat(settings.toString()).endsWith(", rateLimit=" + new RateLimit(3, Duration.ofSeconds(1))
                + ", decodeLimits=" + limits);
    }

    @Test
    void noRateLimitIsEmpty() {
        assertThat(settings(null, null).rateLimit()).isEmpty();
    }

    @Test
    void noCallerClientAndNoUserAgentAreEmpty() {
        ClientSettings settings = settings(null, null);

        assertThat(settings.callerHttpClient()).isEmpty();
        assertThat(settings.userAgent()).isEmpty();
    }

    @Test
    void toStringShowsTheOptionsButNeverTheKey() {
        String shown = settings(http, "acme/1.0").toString();

        assertThat(shown).isEqualTo("baseUrl=https://api.example.com/api, apiKey=****, maxRetries=4, timeout=PT20S,"
                + " serverZone=Europe/Bucharest");
        assertThat(shown).doesNotContain("abcDEF0123456789secret").doesNotContain("12|");
    }
}
