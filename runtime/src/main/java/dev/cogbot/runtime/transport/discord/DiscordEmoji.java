package dev.cogbot.runtime.transport.discord;

import dev.cogbot.runtime.transport.ReactionEmoji;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.entities.emoji.EmojiUnion;

/**
 * Emoji between the runtime's one encoding ({@link ReactionEmoji}: a unicode emoji as itself, a
 * server's custom emoji as {@code name:id}) and JDA's. Typed forms ({@code <:name:id>},
 * {@code <a:name:id>}) are read too, so what a user pastes reaches Discord as the emoji it is.
 */
final class DiscordEmoji {

    private DiscordEmoji() {
    }

    static Emoji of(String emoji) {
        ReactionEmoji read = ReactionEmoji.of(emoji);
        return read.customId()
                .<Emoji>map(id -> Emoji.fromCustom(read.name(), Long.parseUnsignedLong(id), read.animated()))
                .orElseGet(() -> Emoji.fromUnicode(read.code()));
    }

    /** Discord's emoji as the api writes it: animated or not, a custom emoji is {@code name:id}. */
    static String text(EmojiUnion emoji) {
        return switch (emoji.getType()) {
            case UNICODE -> emoji.getName();
            case CUSTOM -> emoji.getName() + ":" + emoji.asCustom().getId();
        };
    }
}
