package dev.cogbot.api;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Everything about one command invocation, like discord.py's {@code ctx}.
 *
 * <pre>{@code
 * @Command(name = "knock_knock")
 * public void knockKnock(Context ctx) {
 *     ctx.send("Knock knock");
 *     ctx.waitForReply(m -> m.content().equalsIgnoreCase("who's there?"), Duration.ofSeconds(60));
 *     ...
 * }
 * }</pre>
 */
public interface Context {

    /** The plugin's handle on the bot. */
    Bot bot();

    /**
     * The message that invoked the command. For a slash command, which has none, a stand-in: its
     * text is the command as typed ({@code "/hush duration:5m"}), {@link Message#reply} answers the
     * interaction, and {@link Message#addReaction} reacts to the command's response (answering with
     * the emoji when there is no response yet), which is how {@code !hush}'s 🔇 works as {@code /hush}.
     * The user's slash command is no message of the channel: editing the stand-in is refused (as
     * editing anyone else's message is), and deleting it does nothing.
     */
    Message message();

    /**
     * Whether the command was invoked as a slash command. The first message a slash command sends
     * is the interaction's response, later ones follow-ups; a command that has not answered within
     * about two seconds is deferred ("thinking…") for it.
     */
    default boolean isSlash() {
        return false;
    }

    /** Who sent the invoking message. */
    default User author() {
        return message().author();
    }

    /** Where the invoking message was sent. */
    default Channel channel() {
        return message().channel();
    }

    /**
     * The prefix the command was actually invoked with: the server's prefix (e.g. {@code "!"}, or
     * what its admins set with {@code !prefix}), or a mention of the bot with the spaces after it
     * (e.g. {@code "<@1234> "}).
     */
    String prefix();

    /**
     * The prefix as replies should write it, like discord.py's {@code clean_prefix}: the server's
     * prefix when the bot was mentioned (so a reply never reads "use {@code <@1234> say}"), otherwise
     * {@link #prefix()}. Use it whenever a reply names a command.
     *
     * <pre>{@code
     * ctx.send("Type " + ctx.displayPrefix() + "quiz stop to end the quiz.");
     * }</pre>
     */
    String displayPrefix();

    /**
     * {@code text} converted to {@code type} exactly as an argument of that type of this command
     * would be: by this plugin's own converter for the type, else the built-in one, with the same
     * typed errors ({@link dev.cogbot.api.error.MemberNotFound}, a
     * {@link dev.cogbot.api.error.NoPrivateMessage} for a member in a DM, …). Like discord.py's
     * {@code await MemberConverter().convert(ctx, text)}; it is how a plugin's {@link Converter}
     * hands a word over to a built-in one. A refusal is left for the argument being read to be
     * named in it.
     *
     * <pre>{@code
     * bot.addConverter(Whom.class, (ctx, word) -> word.equals("me")
     *         ? new Whom.Me()
     *         : new Whom.Someone(ctx.convert(word, Member.class)));
     * }</pre>
     *
     * @throws dev.cogbot.api.error.CommandError the converter's refusal, as for an argument
     * @throws IllegalArgumentException if nothing converts {@code type} for this plugin
     */
    <T> T convert(String text, Class<T> type);

    /** The name or alias the user typed, e.g. {@code "sh"} for {@code hush}. */
    String invokedWith();

    /**
     * The command being invoked; {@code null} when the message named no command. Bot-wide checks run
     * for such messages too (so a hushed bot stays quiet even about typos), and so do the bot-wide
     * error handlers that see the {@link dev.cogbot.api.error.CommandNotFound}: check for null there.
     */
    CommandInfo command();

    /** Sends a message to the invocation's channel; only user mentions in it ping (see {@link AllowedMentions}). */
    default Message send(String text) {
        return channel().send(text);
    }

    /**
     * Sends a message to the invocation's channel in which the {@code mentions} allowed ping.
     *
     * <pre>{@code
     * ctx.send("@everyone, " + ctx.author().name() + " started a raid", AllowedMentions.users().withEveryone());
     * }</pre>
     */
    default Message send(String text, AllowedMentions mentions) {
        return channel().send(text, mentions);
    }

    /**
     * Sends a message holding only {@code embed} to the invoking channel.
     *
     * <pre>{@code
     * ctx.send(Embed.builder().title("Score").description("42").build());
     * }</pre>
     */
    default Message send(Embed embed) {
        return channel().send(embed);
    }

    /**
     * Sends a drafted message to the invoking channel.
     *
     * <pre>{@code
     * ctx.send(Draft.of("Here you go").replyingTo(ctx.message()));
     * }</pre>
     */
    default Message send(Draft draft) {
        return channel().send(draft);
    }

    /** Replies to the invoking message (Discord shows the quote). */
    default Message reply(String text) {
        return message().reply(text);
    }

    /**
     * Shows "is typing…" in the invocation's channel until closed, like {@code with ctx.typing():}.
     *
     * <pre>{@code
     * try (Typing typing = ctx.typing()) {
     *     ctx.sleep(Duration.ofSeconds(5));
     *     ctx.send("lmao");
     * }
     * }</pre>
     */
    default Typing typing() {
        return channel().typing();
    }

    /** Waits without holding up any other command; see {@link Bot#sleep(Duration)}. */
    default void sleep(Duration duration) {
        bot().sleep(duration);
    }

    /**
     * Waits for the invoking user's next message in this channel that passes {@code check}; other
     * users' messages and other channels are ignored.
     *
     * @throws dev.cogbot.api.error.ReplyTimeout if none arrives within {@code timeout}
     */
    Message waitForReply(Predicate<Message> check, Duration timeout);

    /** In after-invoke hooks: whether the command ended with an error. */
    boolean commandFailed();

    /**
     * Gives back this invocation's use of the command's {@link dev.cogbot.api.checks.Cooldown}: its
     * bucket (this user, this channel…) starts afresh, like discord.py's
     * {@code ctx.command.reset_cooldown(ctx)}. Does nothing for a command without a cooldown.
     *
     * <pre>{@code
     * @Cooldown(rate = 1, per = 1, unit = ChronoUnit.DAYS, bucket = BucketType.USER)
     * @Command
     * public void daily(Context ctx) {
     *     if (!rewards.available()) {
     *         ctx.resetCooldown();   // nothing given, so nothing spent: try again later today
     *         ctx.send("The reward shop is closed; try again in a while.");
     *         return;
     *     }
     *     ...
     * }
     * }</pre>
     */
    void resetCooldown();
}
