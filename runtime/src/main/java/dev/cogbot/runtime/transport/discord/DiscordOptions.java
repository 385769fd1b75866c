package dev.cogbot.runtime.transport.discord;

import java.net.URI;
import java.util.Optional;

/**
 * How to reach Discord.
 *
 * @param token      the bot's token
 * @param apiBaseUrl another REST base, e.g. a rate-limit proxy's {@code http://host:port/api/v10/};
 *                   the gateway address is then asked of it too
 * @param shards     the shards this process runs; empty for Discord's recommended count, all here
 * @param memberEvents whether to ask for the privileged server-members intent, which member join and
 *                   leave events need; it must be enabled in the developer portal too
 * @param messageContent what to do when the developer portal does not let the bot read message content
 */
public record DiscordOptions(DiscordToken token, Optional<URI> apiBaseUrl, Optional<Shards> shards, boolean memberEvents,
        MessageContent messageContent) {

    /**
     * Whether the bot needs the privileged Message Content intent ({@code discord.message-content}).
     * Without it Discord still delivers the text of DMs, of messages that mention the bot (a reply
     * that pings it included) and of the bot's own; slash commands and components need none.
     */
    public enum MessageContent {
        /** Asked for when the developer portal allows it, else the bot starts without it and says so. */
        AUTO,
        /** Always asked for: a bot whose application lacks it does not start (exit code 22). */
        REQUIRED
    }

    public DiscordOptions {
        java.util.Objects.requireNonNull(messageContent, "messageContent");
    }

    /** With member events on or off, and message content {@link MessageContent#AUTO}. */
    public DiscordOptions(DiscordToken token, Optional<URI> apiBaseUrl, Optional<Shards> shards, boolean memberEvents) {
        this(token, apiBaseUrl, shards, memberEvents, MessageContent.AUTO);
    }

    /** Without member events: the server-members intent is privileged, so it is off unless asked for. */
    public DiscordOptions(DiscordToken token, Optional<URI> apiBaseUrl, Optional<Shards> shards) {
        this(token, apiBaseUrl, shards, false);
    }

    /** The same connection, with member join and leave events on or off. */
    public DiscordOptions withMemberEvents(boolean on) {
        return new DiscordOptions(token, apiBaseUrl, shards, on, messageContent);
    }

    /** The same connection, needing message content or not. */
    public DiscordOptions withMessageContent(MessageContent needed) {
        return new DiscordOptions(token, apiBaseUrl, shards, memberEvents, needed);
    }

    /**
     * A shard range: shards {@code first}..{@code last} of {@code total}.
     */
    public record Shards(int first, int last, int total) {
        public Shards {
            if (total < 1 || first < 0 || last < first || last >= total) {
                throw new IllegalArgumentException("shards must be a range within 0.." + (total - 1)
                        + ", like --shards 0-1 --total-shards " + total + "; got " + first + "-" + last + " of " + total);
            }
        }

        /** Reads {@code "2"} or {@code "0-3"}. */
        public static Shards parse(String range, int total) {
            String[] parts = range.strip().split("-", 2);
            try {
                int first = Integer.parseInt(parts[0].strip());
                int last = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : first;
                return new Shards(first, last, total);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--shards takes a shard number or a range like 0-3, not '" + range + "'");
            }
        }
    }

    /** The REST base as JDA wants it: ending in a slash. */
    Optional<String> restBase() {
        return apiBaseUrl.map(URI::toString).map(url -> url.endsWith("/") ? url : url + "/");
    }
}
