package dev.leadkit.orgleads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.ApiException;
import dev.leadkit.core.AuthenticationException;
import dev.leadkit.core.BadRequestException;
import dev.leadkit.core.NotFoundException;
import dev.leadkit.core.PermissionDeniedException;
import dev.leadkit.core.ServerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrgLeadsErrorTest {

    private final TestServer server = new TestServer();
    private final OrgLeadsClient client = server.client();

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private ApiException failWith(int status, String body) {
        server.enqueue(status, body);
        return catchThrowableOfType(ApiException.class, () -> client.leads().list().page(1));
    }

    @Test
    void badRequestCarriesTheVendorsMessage() {
        ApiException e = failWith(400, "{\"error\":\"Invalid status\"}");

        assertThat(e).isInstanceOf(BadRequestException.class);
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.vendorMessage()).contains("Invalid status");
        assertThat(e.getMessage()).contains("GET /api/v1/leads").contains("Invalid status");
    }

    @Test
    void unauthorizedIsAnAuthenticationExceptionWithTheVendorsMessage() {
        ApiException e = failWith(401, "{\"error\":\"Invalid API key\"}");

        assertThat(e).isInstanceOf(AuthenticationException.class);
        assertThat(e.vendorMessage()).contains("Invalid API key");
    }

    @Test
    void forbiddenIsAPermissionDeniedExceptionWithTheVendorsMessage() {
        ApiException e = failWith(403, "{\"error\":\"Missing scope: leads.read\"}");

        assertThat(e).isInstanceOf(PermissionDeniedException.class);
        assertThat(e.vendorMessage()).contains("Missing scope: leads.read");
    }

    @Test
    void notFoundIsANotFoundExceptionWithTheVendorsMessage() {
        ApiException e = failWith(404, "{\"error\":\"Not found\"}");

        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.vendorMessage()).contains("Not found");
    }

    @Test
    void serverErrorIsRetriedThenAServerExceptionWithTheVendorsMessage() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(500, "{\"error\":\"Internal server error\"}");
        }

        ServerException e = catchThrowableOfType(ServerException.class, () -> client.leads().list().page(1));

        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.vendorMessage()).contains("Internal server error");
        assertThat(server.requestCount()).isEqualTo(4);
    }

    @Test
    void serverErrorFollowedBySuccessIsRetriedTransparently() {
        server.enqueue(500, "{\"error\":\"Internal server error\"}");
        server.enqueue(200, TestServer.onlyPage(TestServer.lead("a")));

        assertThat(client.leads().list().stream().map(OrgLead::id)).containsExactly("a");
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void apiKeyEchoedInAnErrorBodyIsRedacted() {
        ApiException e = failWith(401, "{\"error\":\"Unknown key " + TestServer.API_KEY + "\"}");

        assertThat(e.getMessage()).doesNotContain(TestServer.API_KEY);
        assertThat(e.body()).doesNotContain(TestServer.API_KEY);
    }
}
