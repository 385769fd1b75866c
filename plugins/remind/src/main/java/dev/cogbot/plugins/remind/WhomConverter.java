package dev.cogbot.plugins.remind;

import dev.cogbot.api.Context;
import dev.cogbot.api.Converter;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Member;
import dev.cogbot.api.error.BadArgument;
import dev.cogbot.api.error.MemberNotFound;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code <who>} of {@code !remind}: {@code me}, {@code cancel}, or a member, looked up as
 * the built-in {@code Member} converter does (discord.py's order: id, mention, user name, nickname;
 * names exactly, never a partial match). {@code me} and {@code cancel} win over a member of that
 * name, who can still be mentioned.
 *
 * <p>The member lookup repeats the built-in one's order because the api gives a plugin's converter
 * no way to hand a word on to a built-in converter; and an {@code Optional<Member>} argument would
 * leave {@code me} to {@code <when>} and lose the {@link MemberNotFound}.
 *
 * <pre>{@code
 * bot.addConverter(Whom.class, new WhomConverter());
 * }</pre>
 */
final class WhomConverter implements Converter<Whom> {

    /** A user mention, {@code <@id>} or {@code <@!id>}; anchored, with no nested repetition. */
    private static final Pattern MENTION = Pattern.compile("<@!?([^\\s<>@!&#][^\\s<>]*)>");
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
        Guild guild = ctx.message().guild().orElseThrow(() -> new BadArgument(
                "in a DM only 'me' works, e.g. !remind me 10m tea; remind a member in your server"));
        if (word.length() > LONGEST_WORD) {
            throw new MemberNotFound(word);
        }
        return new Whom.Someone(member(guild, word));
    }

    private static Member member(Guild guild, String word) {
        return guild.member(word)
                .or(() -> mentioned(word).flatMap(guild::member))
                .or(() -> guild.members().stream().filter(m -> m.user().name().equals(word)).findFirst())
                .or(() -> guild.members().stream().filter(m -> m.displayName().equals(word)).findFirst())
                .orElseThrow(() -> new MemberNotFound(word));
    }

    private static Optional<String> mentioned(String word) {
        Matcher mention = MENTION.matcher(word);
        return mention.matches() ? Optional.of(mention.group(1)) : Optional.empty();
    }
}
