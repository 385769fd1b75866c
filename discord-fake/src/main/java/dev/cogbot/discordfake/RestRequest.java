package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One REST request as the endpoints see it.
 *
 * @param method    HTTP method, upper case
 * @param segments  the path below {@code /api/v10/}, split and URL-decoded
 * @param query     the raw query string, {@code ""} without
 * @param headers   headers with lower-case names
 * @param bodyText  the JSON body (for multipart, the {@code payload_json} part), {@code ""} without
 * @param files     files of a multipart upload
 * @param params    the route's {@code {x}} values, once routed
 */
record RestRequest(String method, List<String> segments, String query, Map<String, List<String>> headers,
        String bodyText, List<Multipart.FilePart> files, Map<String, String> params) {

    String path() {
        return String.join("/", segments);
    }

    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    JsonNode json() {
        return Json.parseOrMissing(bodyText);
    }

    String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no {" + name + "}");
        }
        return value;
    }

    /** A {@code {x}} that should be a snowflake; 0 when it is not one (so nothing matches it). */
    long idParam(String name) {
        try {
            return Long.parseUnsignedLong(param(name));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    Optional<String> queryParam(String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    RestRequest withParams(Map<String, String> routeParams) {
        return new RestRequest(method, segments, query, headers, bodyText, files, Map.copyOf(routeParams));
    }
}
