package dev.cogbot.e2e.discord;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import java.util.List;
import java.util.Optional;

/**
 * What the local Discord server recorded of the bot, read as transcript lines a little at a time:
 * {@code cogbot: <message>}, {@code reacted 🔇 to <id>}, {@code removed 🔇 from <id>}, {@code typing},
 * {@code cogbot edited <id>: <message>}, {@code cogbot deleted <id>}, and an answer to a slash command
 * that only its user sees as {@code cogbot (privately): <message>}.
 *
 * <p>Presence updates are left out: JDA sends them over the gateway from its own thread, with no
 * answer to wait for, so they would land in whichever read came next. Tests await them instead.
 */
final class BotTranscript {

    private final FakeDiscord discord;
    private int mark;

    BotTranscript(FakeDiscord discord) {
        this.discord = discord;
    }

    /** From now on: what was recorded so far is not new. */
    void skipToNow() {
        mark = discord.mark();
    }

    /** What the server recorded of the bot since the last call, one line each. */
    List<String> newLines() {
        List<Recorded> all = discord.recorded();
        List<Recorded> fresh = all.subList(Math.min(mark, all.size()), all.size());
        mark = all.size();
        return fresh.stream().map(this::line).flatMap(Optional::stream).toList();
    }

    /** The id of the last message {@code userId} sent in {@code channelId}. */
    long lastMessageOf(long userId, long channelId) {
        return discord.messagesIn(channelId).stream().filter(m -> m.authorId() == userId)
                .reduce((a, b) -> b).orElseThrow().id();
    }

    private Optional<String> line(Recorded event) {
        return switch (event) {
            case Recorded.MessageSent sent -> Optional.of("cogbot: " + sent.content());
            case Recorded.ReactionChange r -> Optional.of((r.added() ? "reacted " : "removed ") + r.emoji()
                    + (r.added() ? " to " : " from ") + r.messageId());
            case Recorded.TypingStarted typing -> Optional.of("typing");
            case Recorded.MessageEdited edited -> Optional.of("cogbot edited " + edited.messageId() + ": " + edited.content());
            case Recorded.MessageDeleted deleted -> Optional.of("cogbot deleted " + deleted.messageId());
            // an answer only its user sees is no message in the channel: the lines above miss it
            case Recorded.InteractionMessage answer when answer.ephemeral()
                    && answer.kind() != Recorded.InteractionMessage.Kind.DELETED ->
                    Optional.of("cogbot (privately): " + answer.content());
            default -> Optional.empty();
        };
    }
}
