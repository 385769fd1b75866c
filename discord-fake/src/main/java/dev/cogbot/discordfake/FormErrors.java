package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Discord's 400 "Invalid Form Body" (code 50035): the {@code errors} object nests the body's path, e.g.
 * {@code {"0": {"name": {"_errors": [{"code": "...", "message": "..."}]}}}} for the name of the first
 * command of a bulk overwrite.
 */
final class FormErrors {

    private final ObjectNode errors = Json.object();

    /** Adds an error at {@code path} (field names and array indexes, outermost first). */
    FormErrors add(List<String> path, String code, String message) {
        ObjectNode at = errors;
        for (String part : path) {
            at = at.has(part) ? (ObjectNode) at.get(part) : at.putObject(part);
        }
        (at.has("_errors") ? (com.fasterxml.jackson.databind.node.ArrayNode) at.get("_errors") : at.putArray("_errors"))
                .addObject().put("code", code).put("message", message);
        return this;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    RestResponse response() {
        ObjectNode body = Json.object().put("message", "Invalid Form Body").put("code", 50035);
        body.set("errors", errors);
        return RestResponse.json(400, body);
    }

    /** The body of a one-error 400. */
    static RestResponse single(List<String> path, String code, String message) {
        return new FormErrors().add(path, code, message).response();
    }
}
