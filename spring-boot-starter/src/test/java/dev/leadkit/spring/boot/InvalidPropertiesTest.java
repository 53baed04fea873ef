package dev.leadkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A property the client cannot use stops the context, and Boot's failure analysis names the property and says
 * why, never showing the key. The clients are made against a loopback URL no request reaches: a start fails
 * before any request.
 */
class InvalidPropertiesTest {

    private static final String KEY = "sk_live_TheSecretKeyOfTheApplication";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LeadkitAutoConfiguration.class))
            .withPropertyValues("leadkit.autocalls.api-key=" + KEY, "leadkit.autocalls.base-url=http://127.0.0.1:9/api");

    @Test
    void aMaxRetriesOutOfRangeIsNamedWithWhatIsAllowed() {
        assertThat(analysisOf("leadkit.autocalls.max-retries=11").getDescription())
                .contains("'leadkit.autocalls.max-retries'").contains("between 0 and 10, got 11");
    }

    @Test
    void anApiKeyThatCannotBeSentIsNamedWithoutShowingTheKey() {
        FailureAnalysis analysis = analysisOf("leadkit.autocalls.api-key=" + KEY + "\u00a0");

        assertThat(analysis.getDescription()).contains("'leadkit.autocalls.api-key'").doesNotContain("TheSecretKey");
        assertThat(analysis.getAction()).doesNotContain("TheSecretKey");
    }

    @Test
    void aZeroTimeoutIsNamed() {
        assertThat(analysisOf("leadkit.autocalls.timeout=0s").getDescription()).contains("'leadkit.autocalls.timeout'");
    }

    @Test
    void anUnknownServerZoneIsNamed() {
        assertThat(analysisOf("leadkit.autocalls.server-zone=Mars/Olympus_Mons").getDescription())
                .contains("'leadkit.autocalls.server-zone'").contains("Mars/Olympus_Mons");
    }

    @Test
    void aRateLimitWithoutItsSpanNamesTheMissingProperty() {
        assertThat(analysisOf("leadkit.autocalls.rate-limit.requests=5").getDescription())
                .contains("'leadkit.autocalls.rate-limit.per'");
    }

    @Test
    void aTooSmallResponseLimitIsNamed() {
        assertThat(analysisOf("leadkit.autocalls.max-response-bytes=10B").getDescription())
                .contains("'leadkit.autocalls.max-response-bytes'");
    }

    @Test
    void aDecodeLimitOutOfRangeIsNamed() {
        assertThat(analysisOf("leadkit.autocalls.decode-limits.max-depth=2").getDescription())
                .contains("'leadkit.autocalls.decode-limits.max-depth'");
    }

    @Test
    void aPlainHttpBaseUrlOffLoopbackIsNamedAsTheBaseUrl() {
        assertThat(analysisOf("leadkit.autocalls.base-url=http://autocalls.example.com/api").getDescription())
                .contains("'leadkit.autocalls.base-url'").contains("plain http");
    }

    @Test
    void aNexusErpClientWithoutItsBaseUrlNamesTheBaseUrl() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LeadkitAutoConfiguration.class))
                .withPropertyValues("leadkit.orgleads.api-key=" + KEY)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = analyzed(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("'leadkit.orgleads.base-url'").doesNotContain(KEY);
                });
    }

    @Test
    void noMessageOfTheFailureHoldsTheKey() {
        runner.withPropertyValues("leadkit.autocalls.max-retries=-1").run(context -> {
            assertThat(context).hasFailed();
            List<String> messages = new ArrayList<>();
            for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                messages.add(String.valueOf(t.getMessage()));
            }
            assertThat(messages).isNotEmpty().noneMatch(message -> message.contains(KEY));
        });
    }

    @Test
    void aValidSetOfPropertiesStartsTheContext() {
        runner.withPropertyValues("leadkit.autocalls.max-retries=10", "leadkit.autocalls.timeout=20s",
                "leadkit.autocalls.max-retry-wait=0s", "leadkit.autocalls.server-zone=Europe/Bucharest",
                "leadkit.autocalls.max-response-bytes=64MB", "leadkit.autocalls.rate-limit.requests=4",
                "leadkit.autocalls.rate-limit.per=1s", "leadkit.autocalls.decode-limits.max-depth=50",
                "leadkit.autocalls.user-agent=acme/1.0").run(context -> assertThat(context).hasSingleBean(AutocallsClient.class));
    }

    @Test
    void bootFindsTheFailureAnalyzer() {
        // Boot's own analyzers want a bean factory to be made; this only asks which analyzers Boot would find
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(FailureAnalyzer.class, null, SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { }));

        assertThat(analyzers).hasAtLeastOneElementOfType(InvalidLeadkitPropertyFailureAnalyzer.class);
    }

    private FailureAnalysis analysisOf(String property) {
        FailureAnalysis[] analysis = new FailureAnalysis[1];
        runner.withPropertyValues(property).run(context -> {
            assertThat(context).hasFailed();
            analysis[0] = analyzed(context.getStartupFailure());
        });
        assertThat(analysis[0].getDescription()).doesNotContain(KEY);
        return analysis[0];
    }

    private static FailureAnalysis analyzed(Throwable failure) {
        FailureAnalysis analysis = new InvalidLeadkitPropertyFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("an analysis of %s", failure).isNotNull();
        return analysis;
    }
}
