package dev.cogbot.discordfake;

/**
 * Picks REST requests, for {@link FakeDiscord#failNextWith429} and {@link FakeDiscord#failNextWith}.
 * A path is relative to {@code /api/v10/}, its segments URL-decoded, e.g. {@code channels/123/messages}.
 */
@FunctionalInterface
public interface RouteMatcher {

    boolean matches(String method, String path);

    /**
     * Requests whose method is {@code method} ({@code "*"} for any) and whose path fits
     * {@code template}, where a segment {@code {name}} stands for any one segment:
     * {@code route("POST", "channels/{channel_id}/messages")}.
     */
    static RouteMatcher route(String method, String template) {
        RouteTemplate parsed = RouteTemplate.parse(template);
        return (m, path) -> (method.equals("*") || method.equalsIgnoreCase(m)) && parsed.matches(path);
    }

    /** {@code POST channels/<channelId>/messages}: the bot sending a message to that channel. */
    static RouteMatcher sendMessage(long channelId) {
        return route("POST", "channels/" + Long.toUnsignedString(channelId) + "/messages");
    }

    /** Every request. */
    static RouteMatcher any() {
        return (m, path) -> true;
    }
}
