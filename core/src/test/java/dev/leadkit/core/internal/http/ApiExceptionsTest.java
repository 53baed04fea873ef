package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.ApiException;
import dev.leadkit.core.AuthenticationException;
import dev.leadkit.core.BadRequestException;
import dev.leadkit.core.NotFoundException;
import dev.leadkit.core.PermissionDeniedException;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.ServerException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiExceptionsTest {

    private static ApiException forStatus(int status, Duration retryAfter) {
        return ApiExceptions.forStatus(ApiError.builder().statusCode(status).request("GET /x").build(), retryAfter);
    }

    @Test
    void theCommonStatusesHaveTheirOwnTypes() {
        assertThat(forStatus(400, null)).isExactlyInstanceOf(BadRequestException.class);
        assertThat(forStatus(422, null)).isExactlyInstanceOf(BadRequestException.class);
        assertThat(forStatus(401, null)).isExactlyInstanceOf(AuthenticationException.class);
        assertThat(forStatus(403, null)).isExactlyInstanceOf(PermissionDeniedException.class);
        assertThat(forStatus(404, null)).isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void aRateLimitCarriesTheWait() {
        ApiException e = forStatus(429, Duration.ofSeconds(120));

        assertThat(e).isExactlyInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) e).retryAfter()).hasValue(Duration.ofSeconds(120));
    }

    @Test
    void everyStatusFromFiveHundredUpIsAServerError() {
        for (int status : new int[] {500, 501, 503, 599}) {
            assertThat(forStatus(status, null)).as("%d", status).isExactlyInstanceOf(ServerException.class);
        }
    }

    @Test
    void anyOtherStatusIsAPlainApiException() {
        for (int status : new int[] {200, 302, 405, 409, 418, 499}) {
            ApiException e = forStatus(status, null);
            assertThat(e).as("%d", status).isExactlyInstanceOf(ApiException.class);
            assertThat(e.statusCode()).isEqualTo(status);
        }
    }
}
