package dev.leadkit.core.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision of {@link OkHttpVersionCheck} on version strings. That a real OkHttp 4 on the class path fails
 * a client's {@code build()} is proven by the okhttp4-check module, whose class path has OkHttp 4.12.0 first.
 */
class OkHttpVersionCheckTest {

    private static final String JAR = "file:/home/dev/.m2/repository/com/squareup/okhttp3/okhttp/4.12.0/okhttp-4.12.0.jar";

    @ParameterizedTest
    @ValueSource(strings = {"5.3.2", "5.0.0", "5.0.0-alpha.14", "5.10.1", "6.0.0", "5", " 5.3.2 "})
    void okHttp5OrLaterWithOkHttp5sApiPasses(String version) {
        assertThat(OkHttpVersionCheck.problem(version, true, JAR)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.12.0", "4.9.3", "4.0.0", "4.12.0-SNAPSHOT"})
    void okHttp4FailsNamingItsVersionWhereItCameFromAndWhatToExclude(String version) {
        Optional<String> problem = OkHttpVersionCheck.problem(version, false, JAR);

        assertThat(problem).hasValueSatisfying(message -> assertThat(message)
                .startsWith("leadkit needs OkHttp 5 (com.squareup.okhttp3:okhttp-jvm 5.x), but the okhttp3 classes on"
                        + " the class path are OkHttp " + version + " (okhttp3.OkHttpClient loaded from " + JAR + ")")
                .contains("<exclusion><groupId>com.squareup.okhttp3</groupId><artifactId>okhttp</artifactId></exclusion>")
                .contains("exclude group: 'com.squareup.okhttp3', module: 'okhttp'")
                .contains("mvn dependency:tree -Dincludes=com.squareup.okhttp3"));
    }

    @Test
    void anOkHttp4VersionFailsEvenWhenOkHttpClientHasOkHttp5sMethod() {
        assertThat(OkHttpVersionCheck.problem("4.12.0", true, JAR)).hasValueSatisfying(message ->
                assertThat(message).contains("are OkHttp 4.12.0 ("));
    }

    @Test
    void okHttp3HasNoVersionConstantAndFails() {
        assertThat(OkHttpVersionCheck.problem(null, false, JAR)).hasValueSatisfying(message ->
                assertThat(message).contains("are an OkHttp older than 4 (it has no okhttp3.OkHttp.VERSION)"));
    }

    @Test
    void aVersion5WhoseOkHttpClientLacksOkHttp5sMethodIsAMixAndFails() {
        assertThat(OkHttpVersionCheck.problem("5.3.2", false, JAR)).hasValueSatisfying(message ->
                assertThat(message).contains("a mix: okhttp3.OkHttp says 5.3.2, but okhttp3.OkHttpClient lacks"
                        + " OkHttp 5's fastFallback()"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", "$projectVersion", "v5"})
    void anUnreadableVersionIsDecidedByOkHttp5sMethodAlone(String version) {
        assertThat(OkHttpVersionCheck.problem(version, true, JAR)).isEmpty();
        assertThat(OkHttpVersionCheck.problem(version, false, JAR)).isPresent();
    }

    @Test
    void anUnknownLocationIsLeftOut() {
        assertThat(OkHttpVersionCheck.problem("4.12.0", false, null)).hasValueSatisfying(message ->
                assertThat(message).contains("are OkHttp 4.12.0. Another dependency").doesNotContain("loaded from"));
    }

    @Test
    void majorReadsTheLeadingNumber() {
        assertThat(OkHttpVersionCheck.major("5.3.2")).hasValue(5);
        assertThat(OkHttpVersionCheck.major("4.12.0")).hasValue(4);
        assertThat(OkHttpVersionCheck.major("12-SNAPSHOT")).hasValue(12);
        assertThat(OkHttpVersionCheck.major("5x")).isEmpty();
        assertThat(OkHttpVersionCheck.major("99999999999.0")).isEmpty();
        assertThat(OkHttpVersionCheck.major(null)).isEmpty();
    }

    @Test
    void theOkHttpThisBuildTestsAgainstIsOkHttp5AndPasses() throws NoSuchMethodException {
        assertThat(OkHttp.VERSION).startsWith("5.");
        assertThat(OkHttpClient.class.getMethod(OkHttpVersionCheck.OKHTTP_5_METHOD)).isNotNull();

        assertThatCode(OkHttpVersionCheck::require).doesNotThrowAnyException();
    }
}
