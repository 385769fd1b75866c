package dev.cogbot.plugins.remind;

import dev.cogbot.api.Context;
import dev.cogbot.api.Converter;
import dev.cogbot.api.Member;
import dev.cogbot.api.error.BadArgument;
import dev.cogbot.api.error.MemberNotFound;

/**
 * Reads the {@code <who>} of {@code !remind}: {@code me}, {@code cancel}, or a member, handed over
 * to the built-in {@code Member} converter ({@link Context#convert}). {@code me} and {@code cancel}
 * win over a member of that name, who can still be mentioned. (An {@code Optional<Member>} argument
 * would leave {@code me} to {@code <when>} and lose the {@link MemberNotFound}.)
 *
 * <pre>{@code
 * bot.addConverter(Whom.class, new WhomConverter());
 * }</pre>
 */
final class WhomConverter implements Converter<Whom> {

    /** Longer than any id, mention or name, so not worth a lookup (the built-in converter refuses it too). */
    private static final int LONGEST_WORD = 100;

    /**
     * @throws MemberNotFound if no member of the server goes by {@code word}
     * @throws BadArgument    in a DM, for any word but {@code me} and {@code cancel}: there is no one else there
     */
    @Override
    public Whom convert(Context ctx, String word) {
        if (word.equalsIgnoreCase("me")) {
            return new Whom.Me();
        }
        if (word.equalsIgnoreCase("cancel")) {
            return new Whom.Cancel();
        }
        if (ctx.message().guild().isEmpty()) {
            throw new BadArgument("in a DM only 'me' works, e.g. !remind me 10m tea; remind a member in your server");
        }
        if (word.length() > LONGEST_WORD) {
            // a "no member" rather than the built-in's "too long": to the user it is a name that is no one
            throw new MemberNotFound(word);
        }
        return new Whom.Someone(ctx.convert(word, Member.class));
    }
}
