package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer to a REST request.
 *
 * @param status  HTTP status
 * @param body    JSON text, or {@code null} for none (204)
 * @param headers extra headers
 */
record RestResponse(int status, String body, Map<String, String> headers) {

    RestResponse {
        headers = Map.copyOf(headers);
    }

    static RestResponse json(int status, JsonNode body) {
        return new RestResponse(status, Json.write(body), Map.of());
    }

    static RestResponse ok(JsonNode body) {
        return json(200, body);
    }

    static RestResponse noContent() {
        return new RestResponse(204, null, Map.of());
    }

    /** Discord's error body: {@code {"message": ..., "code": ...}}. */
    static RestResponse error(int status, int code, String message) {
        return json(status, Json.object().put("message", message).put("code", code));
    }

    static RestResponse unauthorized() {
        return error(401, 0, "401: Unauthorized");
    }

    /** What the fake answers for a path it does not know. */
    static RestResponse unknownRoute() {
        return error(404, 0, "Unknown");
    }

    static RestResponse methodNotAllowed() {
        return error(405, 0, "405: Method Not Allowed");
    }

    /**
     * A per-route 429 as Discord sends it. {@code Retry-After} is whole seconds; the {@code Via} header
     * matters: JDA takes a 429 without it for a Cloudflare ban and stalls every route.
     */
    static RestResponse rateLimited(int retryAfterSeconds, String bucket, long nowMillis) {
        RestResponse body = json(429, Json.object()
                .put("message", "You are being rate limited.")
                .put("retry_after", retryAfterSeconds)
                .put("global", false));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Integer.toString(retryAfterSeconds));
        headers.put("X-RateLimit-Limit", "5");
        headers.put("X-RateLimit-Remaining", "0");
        headers.put("X-RateLimit-Reset", seconds(nowMillis + retryAfterSeconds * 1000L));
        headers.put("X-RateLimit-Reset-After", seconds(retryAfterSeconds * 1000L));
        headers.put("X-RateLimit-Bucket", bucket);
        headers.put("X-RateLimit-Scope", "user");
        return body.withHeaders(headers);
    }

    RestResponse withHeaders(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(more);
        merged.putAll(headers);
        return new RestResponse(status, body, merged);
    }

    /** Milliseconds as Discord's decimal seconds, e.g. {@code 1.000}. */
    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
    }
}
