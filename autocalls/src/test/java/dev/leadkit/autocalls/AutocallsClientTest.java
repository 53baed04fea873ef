package dev.leadkit.autocalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.LeadkitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutocallsClientTest {

    private MockAutocalls mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockAutocalls();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void presetsEndInApi() {
        assertThat(List.of(AutocallsClient.AUTOCALLS, AutocallsClient.AIPLOYEES, AutocallsClient.SONDOS))
                .allSatisfy(url -> assertThat(url).startsWith("https://").endsWith("/api"));
    }

    @Test
    void defaultBaseUrlIsAutocalls() {
        try (AutocallsClient client = AutocallsClient.builder().apiKey("k").build()) {
            assertThat(client.toString()).contains("baseUrl=https://app.autocalls.ai/api");
        }
    }

    @Test
    void missingApiKeyFailsAtBuildNamingItAndTheVariable() {
        assertThatThrownBy(() -> AutocallsClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apiKey")
                .hasMessageContaining("AUTOCALLS_API_KEY");
    }

    @Test
    void environmentSuppliesKeyAndBaseUrl() throws Exception {
        mock.enqueuePage(1, 15, 1);
        try (AutocallsClient client = AutocallsClient.builder().sleeper(d -> { })
                .fromEnvironment(Map.of("AUTOCALLS_API_KEY", "env|key", "AUTOCALLS_BASE_URL", mock.server.url("/api").toString()))
                .build()) {
            client.leads().list().stream().count();
        }

        assertThat(mock.server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer env|key");
    }

    @Test
    void plainHttpToARemoteHostIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> AutocallsClient.builder().apiKey("k").baseUrl("http://crm.example.com/api").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plain http")
                .hasMessageContaining("allowInsecureHttp()");
        AutocallsClient.builder().apiKey("k").baseUrl("http://crm.example.com/api").allowInsecureHttp().build().close();
    }

    @Test
    void aHostNameThatMerelyStartsWith127IsNotLoopback() {
        assertThatThrownBy(() -> AutocallsClient.builder().apiKey("k").baseUrl("http://127.0.0.1.nip.example/api").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plain http");
        AutocallsClient.builder().apiKey("k").baseUrl("http://127.0.0.1:8080/api").build().close();
        AutocallsClient.builder().apiKey("k").baseUrl("http://127.1.2.3/api").build().close();
        AutocallsClient.builder().apiKey("k").baseUrl("http://localhost/api").build().close();
        AutocallsClient.builder().apiKey("k").baseUrl("http://[::1]:8080/api").build().close();
    }

    @Test
    void malformedBaseUrlIsRejectedNamingIt() {
        assertThatThrownBy(() -> AutocallsClient.builder().baseUrl("app.autocalls.ai/api"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl");
    }

    @Test
    void maxRetriesOutOfRangeIsRejectedNamingIt() {
        assertThatThrownBy(() -> AutocallsClient.builder().maxRetries(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRetries");
    }

    @Test
    void badQueryFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> mock.client.leads().list(AutocallsLeadQuery.builder().perPage(500).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mock.client.leads().list().page(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page number");

        assertThat(mock.server.getRequestCount()).isZero();
    }

    @Test
    void callersOkHttpClientIsUsedAndLeftOpen() throws Exception {
        List<String> seen = new ArrayList<>();
        OkHttpClient own = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    seen.add(chain.request().url().encodedPath());
                    return chain.proceed(chain.request());
                })
                .build();
        mock.enqueuePage(1, 15, 1);
        mock.enqueuePage(1, 15, 1);

        try (AutocallsClient client = mock.builder().httpClient(own).build()) {
            client.leads().list().stream().count();
        }
        own.newCall(new okhttp3.Request.Builder().url(mock.server.url("/still-open")).build()).execute().close();

        assertThat(seen).containsExactly("/api/user/leads", "/still-open");
        assertThat(own.followRedirects()).isTrue();
    }

    @Test
    void apiKeyAppearsInNoMessageLogLineOrToString() {
        // other test classes' requests log here at the same time, from their own threads
        List<String> logLines = new CopyOnWriteArrayList<>();
        Logger jul = Logger.getLogger("dev.leadkit.http");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logLines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = jul.getLevel();
        jul.addHandler(capture);
        jul.setLevel(Level.ALL);
        List<String> texts = new ArrayList<>();
        try {
            // a vendor that echoes the key back in its error body
            mock.enqueueJson(401, "{\"message\":\"Token " + MockAutocalls.API_KEY + " is invalid\"}");
            try {
                mock.client.leads().list().stream().count();
            } catch (LeadkitException e) {
                texts.add(e.getMessage());
                texts.add(e.toString());
                texts.add(((dev.leadkit.core.ApiException) e).body());
            }
            mock.enqueueJson(200, "{\"current_page\":1,\"data\":[{\"id\":1}],\"last_page\":1,\"total\":1,\"k\":\""
                    + MockAutocalls.API_KEY + "\"}");
            try {
                mock.client.leads().list().stream().count();
            } catch (LeadkitException e) {
                texts.add(e.getMessage());
            }
        } finally {
            jul.removeHandler(capture);
            jul.setLevel(before);
        }
        texts.add(mock.client.toString());
        texts.add(mock.builder().toString());
        texts.addAll(logLines);

        assertThat(logLines).isNotEmpty();
        assertThat(texts).hasSizeGreaterThan(5).noneMatch(text -> text.contains(MockAutocalls.API_KEY))
                .noneMatch(text -> text.contains("sEcReTkEy"));
    }
}
