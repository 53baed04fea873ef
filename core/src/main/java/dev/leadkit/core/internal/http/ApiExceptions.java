package dev.leadkit.core.internal.http;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.ApiException;
import dev.leadkit.core.AuthenticationException;
import dev.leadkit.core.BadRequestException;
import dev.leadkit.core.NotFoundException;
import dev.leadkit.core.PermissionDeniedException;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.ServerException;
import java.time.Duration;

/** Which {@link ApiException} subtype a status becomes. */
final class ApiExceptions {

    private ApiExceptions() {
    }

    static ApiException forStatus(ApiError error, Duration retryAfter) {
        int status = error.statusCode();
        switch (status) {
            case 400:
            case 422:
                return new BadRequestException(error);
            case 401:
                return new AuthenticationException(error);
            case 403:
                return new PermissionDeniedException(error);
            case 404:
                return new NotFoundException(error);
            case 429:
                return new RateLimitException(error, retryAfter);
            default:
                return status >= 500 ? new ServerException(error) : new ApiException(error);
        }
    }
}
