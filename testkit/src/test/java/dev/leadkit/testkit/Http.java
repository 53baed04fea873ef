package dev.leadkit.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Raw OkHttp for the sandbox tests: no redirects followed, no silent retries, short timeouts. */
final class Http {

    static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .followRedirects(false)
            .retryOnConnectionFailure(false)
            .readTimeout(5, TimeUnit.SECONDS)
            .callTimeout(10, TimeUnit.SECONDS)
            .build();

    /** A status and a body. */
    record Result(int status, String body, okhttp3.Headers headers) {
        com.fasterxml.jackson.databind.JsonNode json() {
            return JsonShape.parse(body);
        }
    }

    private Http() {
    }

    static Result get(String url, String headerName, String headerValue) {
        Request.Builder request = new Request.Builder().url(url).header("Accept", "application/json");
        if (headerName != null) {
            request.header(headerName, headerValue);
        }
        return execute(request.build());
    }

    static Result execute(Request request) {
        try (Response response = CLIENT.newCall(request).execute()) {
            return new Result(response.code(), response.body().string(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
