package dev.cogbot.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the bot answered to one slash command or click of a {@link TestUser}, read when asked: after
 * {@link TestBot#advance} it shows answers that came later (a deferral at two seconds, a follow-up).
 * The answers are in the bot's event stream too, as {@link BotEvent}s, so transcripts show them.
 *
 * <pre>{@code
 * TestInteraction hush = alice.slash("/hush duration:5m");
 * assertThat(hush.response().text()).isEqualTo("🔇");
 * assertThat(hush.response().ephemeral()).isFalse();
 *
 * TestInteraction slow = alice.slash("/report");
 * bot.advance(Duration.ofSeconds(2));
 * assertThat(slow.deferred()).isTrue();
 * }</pre>
 */
public final class TestInteraction {

    private final TestBot bot;
    private final InMemoryResponder responder;
    private final String clickedId;
    private final List<String> lines;

    TestInteraction(TestBot bot, InMemoryResponder responder, String clickedId, List<String> lines) {
        this.bot = bot;
        this.responder = responder;
        this.clickedId = clickedId;
        this.lines = List.copyOf(lines);
    }

    /** What the bot did while serving it, until it went idle, as transcript lines. */
    public List<String> lines() {
        return lines;
    }

    /** Whether the bot has answered at all yet (a deferral counts). */
    public boolean answered() {
        return responder.firstAnswer().isPresent();
    }

    /** Whether the bot deferred its answer ("thinking…"), itself or by the runtime at two seconds. */
    public boolean deferred() {
        return responder.deferred();
    }

    /**
     * The interaction's first answer as it reads now (a deferral's "thinking…" replaced by the answer
     * that followed): its text, whether it is ephemeral, its embeds and components.
     *
     * @throws IllegalStateException if the bot has not answered with a message, or deleted it
     */
    public BotEvent.Sent response() {
        String id = responder.originalId().orElseThrow(() -> new IllegalStateException(
                "the bot has not answered with a message" + (answered() ? " (it answered by "
                        + responder.firstAnswer().orElseThrow() + ")" : " yet") + "; lines: " + lines));
        return current(id).orElseThrow(() -> new IllegalStateException("the bot's answer " + id + " was deleted"));
    }

    /** The follow-ups after the first answer, in order, each as it reads now (deleted ones left out). */
    public List<BotEvent.Sent> followUps() {
        List<BotEvent.Sent> followUps = new ArrayList<>();
        for (String id : responder.followUpIds()) {
            current(id).ifPresent(followUps::add);
        }
        return List.copyOf(followUps);
    }

    /** Every answer the user sees now: the first answer (unless it was deleted), then the follow-ups. */
    public List<BotEvent.Sent> answers() {
        List<BotEvent.Sent> answers = new ArrayList<>();
        responder.originalId().flatMap(this::current).ifPresent(answers::add);
        answers.addAll(followUps());
        return List.copyOf(answers);
    }

    /** For a click: the message the component is on, as the bot changed it; empty if it did not. */
    public Optional<BotEvent.Sent> updatedMessage() {
        if (clickedId == null) {
            return Optional.empty();
        }
        boolean edited = bot.events().stream().anyMatch(e -> e instanceof BotEvent.Edited ed && ed.messageId().equals(clickedId));
        return edited ? current(clickedId) : Optional.empty();
    }

    /** Message {@code id} as it reads now: its sending (or "thinking…") with every edit since applied. */
    private Optional<BotEvent.Sent> current(String id) {
        BotEvent.Sent now = null;
        for (BotEvent event : bot.events()) {
            switch (event) {
                case BotEvent.Sent sent when sent.messageId().equals(id) -> now = sent;
                case BotEvent.Deferred thinking when thinking.messageId().equals(id) -> now = new BotEvent.Sent(
                        thinking.channel(), id, "", dev.cogbot.api.AllowedMentions.users(), List.of(), null, List.of(),
                        thinking.ephemeral());
                case BotEvent.Edited edited when edited.messageId().equals(id) -> now = now == null ? null
                        : new BotEvent.Sent(now.channel(), id, edited.text(), now.mentions(), edited.embeds(),
                                now.replyToId(), edited.rows(), now.ephemeral());
                case BotEvent.Deleted deleted when deleted.messageId().equals(id) -> now = null;
                default -> { }
            }
        }
        return Optional.ofNullable(now);
    }
}
