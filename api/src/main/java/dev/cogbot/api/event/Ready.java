package dev.cogbot.api.event;

import dev.cogbot.api.User;
import java.util.Objects;

/**
 * The bot connected and can talk (with several shards: every shard it runs): discord.py's
 * {@code on_ready}. A plugin loaded after that does not get it; use
 * {@link dev.cogbot.api.Bot#isReady()} there.
 *
 * <pre>{@code
 * @Listen
 * public void announce(Ready event) {
 *     log.info("Logged in as {}", event.self().name());
 * }
 * }</pre>
 *
 * @param self the bot's own user
 */
public record Ready(User self) implements Event {

    public Ready {
        Objects.requireNonNull(self, "self");
    }
}
