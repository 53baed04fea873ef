package dev.leadkit.autocalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.ApiException;
import dev.leadkit.core.AuthenticationException;
import dev.leadkit.core.BadRequestException;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.NotFoundException;
import dev.leadkit.core.PermissionDeniedException;
import dev.leadkit.core.ServerException;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutocallsErrorsTest {

    private MockAutocalls mock;
    private AutocallsClient noRetries;

    @BeforeEach
    void start() throws Exception {
        mock = new MockAutocalls();
        noRetries = mock.builder().maxRetries(0).build();
    }

    @AfterEach
    void stop() {
        noRetries.close();
        mock.close();
    }

    private ApiException listFails(Class<? extends ApiException> type) {
        return catchThrowableOfType(type, () -> noRetries.leads().list().stream().count());
    }

    @Test
    void unauthenticatedIsAnAuthenticationExceptionWithLaravelsMessage() {
        mock.enqueueJson(401, "{\"message\":\"Unauthenticated.\"}");

        ApiException e = listFails(AuthenticationException.class);

        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.vendorMessage()).hasValue("Unauthenticated.");
        assertThat(e.getMessage()).isEqualTo("GET /api/user/leads failed with HTTP 401: Unauthenticated.");
    }

    @Test
    void forbiddenIsAPermissionDeniedException() {
        mock.enqueueJson(403, "{\"message\":\"This action is unauthorized.\"}");

        assertThat(listFails(PermissionDeniedException.class).vendorMessage()).hasValue("This action is unauthorized.");
    }

    @Test
    void notFoundIsANotFoundException() {
        mock.enqueueJson(404, "{\"message\":\"Not Found\"}");

        assertThat(listFails(NotFoundException.class).statusCode()).isEqualTo(404);
    }

    @Test
    void validationErrorCarriesTheMessageAndEveryFieldError() {
        mock.enqueueJson(422, "{\"message\":\"The per page field must not be greater than 100.\","
                + "\"errors\":{\"per_page\":[\"The per page field must not be greater than 100.\"]}}");

        ApiException e = listFails(BadRequestException.class);

        assertThat(e.statusCode()).isEqualTo(422);
        assertThat(e.vendorMessage()).hasValue("The per page field must not be greater than 100.");
        assertThat(e.fieldErrors()).containsEntry("per_page", java.util.List.of("The per page field must not be greater than 100."));
        assertThat(e.getMessage()).contains("[per_page: The per page field must not be greater than 100.]");
    }

    @Test
    void successFalseBodyCarriesItsErrorAndCode() {
        mock.enqueueJson(400, "{\"success\":false,\"error\":\"Campaign not found\",\"code\":\"CAMPAIGN_NOT_FOUND\"}");

        ApiException e = listFails(BadRequestException.class);

        assertThat(e.vendorMessage()).hasValue("Campaign not found");
        assertThat(e.errorCode()).hasValue("CAMPAIGN_NOT_FOUND");
    }

    @Test
    void serverErrorAfterRetriesIsAServerException() {
        mock.enqueueJson(500, "{\"message\":\"Server Error\"}");

        ApiException e = listFails(ServerException.class);

        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.vendorMessage()).hasValue("Server Error");
    }

    @Test
    void htmlErrorPageFromAProxyBecomesItsTitle() {
        mock.server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>")
                .build());

        ApiException e = listFails(ServerException.class);

        assertThat(e.vendorMessage()).hasValue("502 Bad Gateway");
        assertThat(e.body()).contains("nginx");
    }

    @Test
    void truncatedBodyIsADecodingExceptionWithAnExcerptAndIsNotRetried() {
        String truncated = Fixtures.vendorExample("autocalls-list-leads.json").substring(0, 120);
        mock.enqueueJson(200, truncated);

        DecodingException e = catchThrowableOfType(DecodingException.class,
                () -> mock.client.leads().list().stream().count());

        assertThat(e.excerpt()).startsWith("{\n  \"current_page\": 1,");
        assertThat(e.getMessage()).contains("GET /api/user/leads");
        assertThat(mock.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void redirectIsAnErrorThatSaysSoAndIsNotFollowed() {
        mock.server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "https://app.autocalls.ai/login").build());

        assertThatThrownBy(() -> noRetries.leads().list().stream().count())
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("HTTP 302")
                .hasMessageContaining("redirected to https://app.autocalls.ai/login")
                .hasMessageContaining("never follows redirects");
        assertThat(mock.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void callersRedirectFollowingOkHttpClientStillNeverFollowsARedirect() {
        mock.server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "https://evil.example/steal").build());
        mock.enqueuePage(1, 2, 2);
        okhttp3.OkHttpClient followsRedirects = new okhttp3.OkHttpClient.Builder().followRedirects(true).build();

        try (AutocallsClient client = mock.builder().httpClient(followsRedirects).maxRetries(0).build()) {
            assertThatThrownBy(() -> client.leads().list().stream().count())
                    .isInstanceOf(ApiException.class)
                    .hasMessageContaining("redirected to https://evil.example/steal");
        }
        assertThat(mock.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void failedPageNamesWhereToResume() {
        mock.enqueuePage(1, 2, 6);
        mock.enqueueJson(403, "{\"message\":\"This action is unauthorized.\"}");

        ApiException e = catchThrowableOfType(PermissionDeniedException.class,
                () -> noRetries.leads().list().stream().count());

        assertThat(e.page()).hasValue(2);
    }

    @Test
    void bodyLargerThanMaxResponseBytesFailsInsteadOfFillingMemory() {
        mock.enqueuePage(1, 100, 100);

        try (AutocallsClient client = mock.builder().maxResponseBytes(4096).build()) {
            assertThatThrownBy(() -> client.leads().list(AutocallsLeadQuery.builder().perPage(100).build()).stream().count())
                    .isInstanceOf(DecodingException.class)
                    .hasMessageContaining("larger than maxResponseBytes (4096 bytes)");
        }
    }

    @Test
    void successStatusWithAnHtmlBodyIsADecodingExceptionAndIsNotRetried() {
        mock.server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><head><title>Login</title></head><body>Sign in</body></html>").build());

        DecodingException e = catchThrowableOfType(DecodingException.class, () -> mock.client.leads().list().stream().count());

        assertThat(e.excerpt()).startsWith("<!DOCTYPE html>");
        assertThat(mock.server.getRequestCount()).isEqualTo(1);
        assertThat(mock.waits).isEmpty();
    }
}
