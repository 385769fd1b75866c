package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Discord's basic rules for a message's {@code components} (action rows of buttons and select menus):
 * at most 5 rows; a row holds up to 5 buttons or one select menu; a {@code custom_id} has 1 to 100
 * characters; a link button (style 5) has a {@code url} and no {@code custom_id}, any other button a
 * {@code custom_id}. Also finds a component of a stored message by its {@code custom_id}.
 */
final class Components {

    static final int ACTION_ROW = 1;
    static final int BUTTON = 2;
    static final int STRING_SELECT = 3;
    static final int LINK_STYLE = 5;
    static final int PREMIUM_STYLE = 6;
    static final int MAX_ROWS = 5;
    static final int MAX_BUTTONS_PER_ROW = 5;
    static final int MAX_CUSTOM_ID = 100;

    private Components() {
    }

    /** The errors of a message body's {@code components}, if any (path from the body). */
    static Optional<RestResponse> check(JsonNode components, List<String> path) {
        if (components.isMissingNode() || components.isNull()) {
            return Optional.empty();
        }
        FormErrors errors = new FormErrors();
        if (!components.isArray()) {
            errors.add(path, "BASE_TYPE_ARRAY", "Must be an array.");
            return Optional.of(errors.response());
        }
        if (components.size() > MAX_ROWS) {
            errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_ROWS + " or fewer in length.");
        }
        for (int r = 0; r < components.size(); r++) {
            JsonNode row = components.get(r);
            List<String> rowPath = CommandValidator.at(path, Integer.toString(r));
            if (row.path("type").asInt() != ACTION_ROW) {
                continue; // other top-level components (Components V2) are not checked by the fake
            }
            JsonNode children = row.path("components");
            List<String> childrenPath = CommandValidator.at(rowPath, "components");
            long selects = 0;
            for (JsonNode child : children) {
                selects += child.path("type").asInt() == BUTTON ? 0 : 1;
            }
            if (children.size() > MAX_BUTTONS_PER_ROW) {
                errors.add(childrenPath, "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_BUTTONS_PER_ROW + " or fewer in length.");
            }
            if (selects > 0 && children.size() > 1) {
                errors.add(childrenPath, "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                        "The specified component exceeds the maximum width");
            }
            for (int c = 0; c < children.size(); c++) {
                checkComponent(children.get(c), CommandValidator.at(childrenPath, Integer.toString(c)), errors);
            }
        }
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors.response());
    }

    private static void checkComponent(JsonNode component, List<String> path, FormErrors errors) {
        boolean hasCustomId = component.hasNonNull("custom_id");
        String customId = component.path("custom_id").asText("");
        if (hasCustomId && (customId.isEmpty() || customId.length() > MAX_CUSTOM_ID)) {
            errors.add(CommandValidator.at(path, "custom_id"), "BASE_TYPE_BAD_LENGTH",
                    "Must be between 1 and " + MAX_CUSTOM_ID + " in length.");
        }
        if (component.path("type").asInt() != BUTTON) {
            if (!hasCustomId) {
                errors.add(CommandValidator.at(path, "custom_id"), "BASE_TYPE_REQUIRED", "This field is required");
            }
            return;
        }
        int style = component.path("style").asInt();
        if (style == LINK_STYLE) {
            if (!component.hasNonNull("url")) {
                errors.add(CommandValidator.at(path, "url"), "BUTTON_COMPONENT_URL_REQUIRED",
                        "A url is required");
            }
            if (hasCustomId) {
                errors.add(CommandValidator.at(path, "custom_id"), "BUTTON_COMPONENT_LINK_HAS_CUSTOM_ID",
                        "A custom id cannot be specified");
            }
        } else if (style != PREMIUM_STYLE && !hasCustomId) {
            errors.add(CommandValidator.at(path, "custom_id"), "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED",
                    "A custom id is required");
        }
    }

    /** The component of {@code componentsJson} whose {@code custom_id} is {@code customId}, searched in depth. */
    static Optional<JsonNode> find(String componentsJson, String customId) {
        return find(Json.parseOrMissing(componentsJson), customId);
    }

    private static Optional<JsonNode> find(JsonNode node, String customId) {
        if (node.isObject() && customId.equals(node.path("custom_id").asText(null))) {
            return Optional.of(node);
        }
        for (JsonNode child : node.isArray() ? node : node.path("components")) {
            Optional<JsonNode> found = find(child, customId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
