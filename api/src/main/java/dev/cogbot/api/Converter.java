package dev.cogbot.api;

/**
 * Turns one word a user typed into a value of a command argument's type, like a discord.py
 * {@code Converter}. A plugin adds one for its own types with {@link Bot#addConverter}; the runtime
 * registers its own the same way. A cog declaring an argument of a type nothing converts fails to
 * load, and its error lists the types that have a converter for that plugin.
 *
 * <p>Built in: String, int, long, double, boolean, Duration, an enum, User, Member, Channel, Role, Message.
 * (Primitives and their boxed types alike; any enum by its constants' names; the chat model by
 * mention, id or name, in discord.py's order, with {@link dev.cogbot.api.error.UserNotFound} and
 * its siblings when nothing matches.)
 *
 * <p>A converter gets the word as typed (quotes removed), at most 4000 characters; it must not be
 * slow, since it runs for every use of the command. Throw {@link dev.cogbot.api.error.BadArgument}
 * (for instance {@code new BadArgument("must be a colour like #ff8800")}) when the word is not a
 * value: the user sees its one-line message, prefixed with the argument's name. Any other exception
 * (a parse method's {@code DateTimeParseException}, say) is taken as such a refusal too, as
 * discord.py does: the user reads {@code <day> must be a LocalDate, not 'tomorow'}.
 *
 * <pre>{@code
 * bot.addConverter(Color.class, (ctx, text) -> {
 *     if (!text.matches("#[0-9a-fA-F]{6}")) {
 *         throw new BadArgument("must be a colour like #ff8800, not '" + text + "'");
 *     }
 *     return Color.decode(text);
 * });
 * }</pre>
 *
 * @param <T> the type it converts to
 */
@FunctionalInterface
public interface Converter<T> {

    /**
     * Converts {@code text}.
     *
     * @param ctx  the invocation the word was typed in: who, where, in which server
     * @param text the word, or the argument's fallback when the user left it out
     * @throws dev.cogbot.api.error.BadArgument if {@code text} is no value of the type
     */
    T convert(Context ctx, String text);
}
