package dev.cogbot.runtime.transport.discord;

import dev.cogbot.api.Draft;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A {@link Draft} as the messages JDA sends, the same for a channel, an interaction's response and
 * its follow-ups. A text longer than Discord's limit goes as several messages, cut at line breaks
 * ({@link MessageSplitter}); the last carries the embeds and the components, so the card and the
 * buttons follow the whole text. A draft of embeds or components alone is one message without text.
 */
final class DiscordMessages {

    /** Discord's limit on one message's length. */
    static final int LIMIT = 2000;

    private DiscordMessages() {
    }

    /** The messages that send {@code draft}, first to last. */
    static List<MessageCreateData> create(Draft draft) {
        boolean textless = draft.text().isBlank() && !(draft.embeds().isEmpty() && draft.rows().isEmpty());
        List<String> texts = textless ? List.of("") : MessageSplitter.split(draft.text(), LIMIT);
        List<MessageCreateData> parts = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            MessageCreateBuilder part = new MessageCreateBuilder().setContent(texts.get(i));
            if (i == texts.size() - 1) {
                part.setEmbeds(DiscordEmbeds.toJda(draft.embeds())).setComponents(DiscordComponents.toJda(draft.rows()));
            }
            DiscordMentions.apply(draft.mentions(), part);
            parts.add(part.build());
        }
        return parts;
    }

    /**
     * What replaces a message's text, embeds and components with {@code draft}'s: one message, so
     * its text must fit.
     *
     * @throws IllegalArgumentException if the text is longer than Discord's limit
     */
    static MessageEditData edit(Draft draft) {
        if (draft.text().length() > LIMIT) {
            throw new IllegalArgumentException("an edited message holds at most " + LIMIT
                    + " characters on Discord; this one has " + draft.text().length());
        }
        MessageEditBuilder edit = new MessageEditBuilder()
                .setContent(draft.text())
                .setEmbeds(DiscordEmbeds.toJda(draft.embeds()))
                .setComponents(DiscordComponents.toJda(draft.rows()));
        DiscordMentions.apply(draft.mentions(), edit);
        return edit.build();
    }
}
