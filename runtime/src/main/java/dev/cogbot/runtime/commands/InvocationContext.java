package dev.cogbot.runtime.commands;

import dev.cogbot.api.AllowedMentions;
import dev.cogbot.api.Bot;
import dev.cogbot.api.CommandInfo;
import dev.cogbot.api.Context;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Embed;
import dev.cogbot.api.Message;
import dev.cogbot.api.Typing;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@link Context} of one invocation. Where its answers go and where its arguments come from
 * are what differ between a prefix command (the channel; the words after the name) and a slash
 * command (the interaction; its options): {@link Answers} and {@link #options()}.
 */
final class InvocationContext implements Context {

    private final HostedBot bot;
    private final Message message;
    private final ParsedCommand parsed;
    private final String displayPrefix;
    private final ConverterRegistry converters;
    private final CommandDefinition command;
    private final Answers answers;
    /** A slash command's options by name; {@code null} for a prefix command, whose arguments are words. */
    private final Map<String, String> options;
    private volatile boolean failed;

    /** A prefix command's: answered in the channel, arguments read from the words after its name. */
    InvocationContext(HostedBot bot, Message message, ParsedCommand parsed, String displayPrefix,
            ConverterRegistry converters, CommandDefinition command) {
        this(bot, message, parsed, displayPrefix, converters, command, Answers.inChannelOf(message), null);
    }

    InvocationContext(HostedBot bot, Message message, ParsedCommand parsed, String displayPrefix,
            ConverterRegistry converters, CommandDefinition command, Answers answers, Map<String, String> options) {
        this.bot = bot;
        this.message = message;
        this.parsed = parsed;
        this.displayPrefix = displayPrefix;
        this.converters = converters;
        this.command = command;
        this.answers = answers;
        this.options = options;
    }

    @Override
    public boolean isSlash() {
        return options != null;
    }

    @Override
    public Message send(String text) {
        return answers.send(Draft.of(text));
    }

    @Override
    public Message send(String text, AllowedMentions mentions) {
        return answers.send(Draft.of(text).withMentions(mentions));
    }

    @Override
    public Message send(Embed embed) {
        return answers.send(Draft.of(embed));
    }

    @Override
    public Message send(Draft draft) {
        return answers.send(draft);
    }

    @Override
    public Typing typing() {
        return answers.typing();
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

    /** A slash command's options by name, or {@code null} for a prefix command. */
    Map<String, String> options() {
        return options;
    }

    Answers answers() {
        return answers;
    }
}
