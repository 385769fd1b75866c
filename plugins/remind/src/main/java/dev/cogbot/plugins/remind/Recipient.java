package dev.cogbot.plugins.remind;

import dev.cogbot.api.User;
import dev.cogbot.api.error.BadArgument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a reminder is for, read from the {@code <who>} word: {@code me}, or a user mention
 * {@code <@id>} (Discord also writes {@code <@!id>}).
 *
 * <p>A stop-gap: once the api converts {@code Member} arguments (a mention, an id or a name), the
 * command takes a {@code Member} and this class goes.
 *
 * @param userId the id of the user to remind
 */
record Recipient(String userId) {

    private static final Pattern MENTION = Pattern.compile("<@!?([^<>@\\s]{1,64})>");

    /**
     * @throws BadArgument naming {@code who} if the word is neither {@code me} nor a mention
     */
    static Recipient parse(String word, User author) {
        if (word.equalsIgnoreCase("me")) {
            return new Recipient(author.id());
        }
        Matcher mention = MENTION.matcher(word);
        if (mention.matches()) {
            return new Recipient(mention.group(1));
        }
        throw new BadArgument("who", "who to remind must be 'me' or a mention like @bob, not '"
                + (word.length() > 40 ? word.substring(0, 40) + "…" : word) + "'");
    }

    /** How a message mentions (and pings) them. */
    String mention() {
        return "<@" + userId + ">";
    }
}
