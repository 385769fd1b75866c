package dev.cogbot.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message about to be sent: its text, its embeds, which mentions may ping, and the message it
 * replies to. Immutable; each {@code with…} returns a changed copy.
 *
 * <pre>{@code
 * Message poll = ctx.channel().send(Draft.of("Vote with 👍 or 👎")
 *         .with(Embed.builder().title("Lunch at noon?").build())
 *         .replyingTo(ctx.message()));
 * }</pre>
 *
 * Plain text is simpler with {@link Channel#send(String)}, and an embed alone with
 * {@link Channel#send(Embed)}.
 */
public final class Draft {

    /** The most embeds one message carries. */
    public static final int MAX_EMBEDS = 10;

    private final String text;
    private final List<Embed> embeds;
    private final AllowedMentions mentions;
    private final String replyToId;

    private Draft(String text, List<Embed> embeds, AllowedMentions mentions, String replyToId) {
        this.text = Objects.requireNonNull(text, "text");
        this.embeds = List.copyOf(embeds);
        this.mentions = Objects.requireNonNull(mentions, "mentions");
        this.replyToId = replyToId;
    }

    /** A message with this text, in which only user mentions ping. */
    public static Draft of(String text) {
        return new Draft(text, List.of(), AllowedMentions.users(), null);
    }

    /** A message holding only this embed. */
    public static Draft of(Embed embed) {
        return of("").with(embed);
    }

    /** The same message with {@code embed} added after any it holds; at most {@link #MAX_EMBEDS}. */
    public Draft with(Embed embed) {
        Objects.requireNonNull(embed, "embed");
        if (embeds.size() == MAX_EMBEDS) {
            throw new IllegalArgumentException("a message carries at most " + MAX_EMBEDS + " embeds");
        }
        List<Embed> more = new ArrayList<>(embeds);
        more.add(embed);
        return new Draft(text, more, mentions, replyToId);
    }

    /** The same message, in which the {@code mentions} allowed ping (see {@link AllowedMentions}). */
    public Draft withMentions(AllowedMentions mentions) {
        return new Draft(text, embeds, mentions, replyToId);
    }

    /** The same message, sent as a reply to {@code message} (which must be in the same channel). */
    public Draft replyingTo(Message message) {
        return new Draft(text, embeds, mentions, message.id());
    }

    public String text() {
        return text;
    }

    public List<Embed> embeds() {
        return embeds;
    }

    public AllowedMentions mentions() {
        return mentions;
    }

    /** The id of the message this one replies to, if it is a reply. */
    public Optional<String> replyToId() {
        return Optional.ofNullable(replyToId);
    }

    /**
     * Whether there is anything to send: text that is not blank, or an embed.
     */
    public boolean isEmpty() {
        return text.isBlank() && embeds.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Draft that && text.equals(that.text) && embeds.equals(that.embeds)
                && mentions.equals(that.mentions) && Objects.equals(replyToId, that.replyToId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, embeds, mentions, replyToId);
    }

    @Override
    public String toString() {
        return "Draft[" + text + (embeds.isEmpty() ? "" : ", " + embeds) + "]";
    }
}
