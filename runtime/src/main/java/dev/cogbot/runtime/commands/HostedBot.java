package dev.cogbot.runtime.commands;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Channel;
import dev.cogbot.api.Message;
import dev.cogbot.api.User;
import dev.cogbot.runtime.scheduling.Lifetime;
import java.time.Duration;
import java.util.function.Predicate;

/** The runtime's side of a plugin's {@link Bot} handle: what dispatch needs beyond the public API. */
public interface HostedBot extends Bot {

    /** The plugin this handle belongs to. */
    String pluginId();

    /** Everything the plugin has running. */
    Lifetime lifetime();

    /** Waits for {@code author}'s next message in {@code channel} passing {@code check}. */
    Message waitForReply(User author, Channel channel, Predicate<Message> check, Duration timeout);
}
