package dev.leadkit.core.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp's follow-up step away from a 503's {@code Retry-After}. That step reads the header of every
 * 503 as an {@code int}, whatever {@code retryOnConnectionFailure} says: a larger number throws a
 * {@link NumberFormatException} out of {@code Call.execute()}, and {@code 0} makes it resend the request
 * silently, outside leadkit's retries, pacing and listener. As the last network interceptor, this carries
 * the header past that step under {@value #CARRIED}; {@link #restore(Response)} puts it back before the
 * transport reads the response, so that leadkit alone decides what the wait means.
 */
final class FollowUpGuard implements Interceptor {

    static final String CARRIED = "Leadkit-Carried-Retry-After";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() != 503 || response.header("Retry-After") == null) {
            return response;
        }
        return response.newBuilder().removeHeader("Retry-After").header(CARRIED, response.header("Retry-After")).build();
    }

    /**
     * @param response a response as OkHttp hands it over
     * @return the response with its {@code Retry-After} back where the vendor sent it
     */
    static Response restore(Response response) {
        String carried = response.header(CARRIED);
        if (carried == null) {
            return response;
        }
        return response.newBuilder().removeHeader(CARRIED).header("Retry-After", carried).build();
    }
}
