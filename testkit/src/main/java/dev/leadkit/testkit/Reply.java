package dev.leadkit.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/** A dialect's normal answer to one request, before any fault is applied. */
record Reply(int status, String contentType, String body, Map<String, String> headers) {

    static final String JSON = "application/json";
    static final String HTML = "text/html; charset=UTF-8";

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply json(int status, String body) {
        return new Reply(status, JSON, body, Map.of());
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, more);
    }

    Reply withBody(String newBody) {
        return new Reply(status, contentType, newBody, headers);
    }

    MockResponse.Builder toMockResponse() {
        MockResponse.Builder response = new MockResponse.Builder().code(status);
        if (contentType != null) {
            response.addHeader("Content-Type", contentType);
        }
        headers.forEach(response::addHeader);
        return response.body(body == null ? "" : body);
    }
}
