package dev.cogbot.runtime.commands;

import dev.cogbot.api.Bot;
import dev.cogbot.api.CommandInfo;
import dev.cogbot.api.Context;
import dev.cogbot.api.Message;
import java.time.Duration;
import java.util.function.Predicate;

/** The {@link Context} of one invocation. */
final class InvocationContext implements Context {

    private final HostedBot bot;
    private final Message message;
    private final ParsedCommand parsed;
    private final String displayPrefix;
    private final ConverterRegistry converters;
    private final CommandDefinition command;
    private volatile boolean failed;

    InvocationContext(HostedBot bot, Message message, ParsedCommand parsed, String displayPrefix,
            ConverterRegistry converters, CommandDefinition command) {
        this.bot = bot;
        this.message = message;
        this.parsed = parsed;
        this.displayPrefix = displayPrefix;
        this.converters = converters;
        this.command = command;
    }

    @Override
    public Bot bot() {
        return bot;
    }

    /** The plugin that owns this invocation: the command's, or the runtime for an unknown command. */
    HostedBot owner() {
        return bot;
    }

    @Override
    public Message message() {
        return message;
    }

    @Override
    public String prefix() {
        return parsed.prefix();
    }

    @Override
    public String displayPrefix() {
        return displayPrefix;
    }

    @Override
    public <T> T convert(String text, Class<T> type) {
        return converters.convert(bot.pluginId(), type, this, text);
    }

    @Override
    public String invokedWith() {
        return parsed.name();
    }

    /** {@code null} while handling a {@link dev.cogbot.api.error.CommandNotFound}. */
    @Override
    public CommandInfo command() {
        return command == null ? null : command.info();
    }

    @Override
    public Message waitForReply(Predicate<Message> check, Duration timeout) {
        return bot.waitForReply(author(), channel(), check, timeout);
    }

    @Override
    public boolean commandFailed() {
        return failed;
    }

    @Override
    public void resetCooldown() {
        if (command != null) {
            command.cooldown().ifPresent(cooldown -> cooldown.reset(this));
        }
    }

    void markFailed() {
        failed = true;
    }

    CommandDefinition definition() {
        return command;
    }

    ParsedCommand parsed() {
        return parsed;
    }
}
