package dev.cogbot.discordfake;

import dev.cogbot.discordfake.WorldState.StoredMessage;
import java.time.Instant;

/**
 * The parts of a message an edit replaces; {@code null} keeps a part as it was. An edit also ends the
 * "thinking" state of a deferred interaction response (its LOADING flag), as on Discord.
 *
 * @param content        new content
 * @param embedsJson     new {@code embeds} array as text
 * @param componentsJson new {@code components} array as text
 */
record MessageEdit(String content, String embedsJson, String componentsJson) {

    StoredMessage applyTo(StoredMessage old, Instant editedAt) {
        FakeMessage m = old.message();
        FakeMessage edited = new FakeMessage(m.id(), m.channelId(), m.guildId(), m.authorId(),
                content == null ? m.content() : content, m.timestamp(), editedAt, m.replyToMessageId());
        return new StoredMessage(edited, embedsJson == null ? old.embedsJson() : embedsJson,
                componentsJson == null ? old.componentsJson() : componentsJson, old.attachmentsJson(),
                old.origin().withoutLoading());
    }
}
