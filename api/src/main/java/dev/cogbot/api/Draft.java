package dev.cogbot.api;

import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>A draft may carry rows of {@linkplain Component components} (buttons, select menus), and be
 * {@linkplain #ephemeral() ephemeral}: an answer to a slash command only its user sees.
 */
public final class Draft {

    /** The most embeds one message carries. */
    public static final int MAX_EMBEDS = 10;

    /** The most rows of components one message carries. */
    public static final int MAX_ROWS = 5;

    private final String text;
    private final List<Embed> embeds;
    private final AllowedMentions mentions;
    private final String replyToId;
    private final List<ActionRow> rows;
    private final boolean ephemeral;

    private Draft(String text, List<Embed> embeds, AllowedMentions mentions, String replyToId, List<ActionRow> rows,
            boolean ephemeral) {
        this.text = Objects.requireNonNull(text, "text");
        this.embeds = List.copyOf(embeds);
        this.mentions = Objects.requireNonNull(mentions, "mentions");
        this.replyToId = replyToId;
        this.rows = List.copyOf(rows);
        this.ephemeral = ephemeral;
    }

    private Draft(String text, List<Embed> embeds, AllowedMentions mentions, String replyToId) {
        this(text, embeds, mentions, replyToId, List.of(), false);
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
        return new Draft(text, more, mentions, replyToId, rows, ephemeral);
    }

    /** The same message, in which the {@code mentions} allowed ping (see {@link AllowedMentions}). */
    public Draft withMentions(AllowedMentions mentions) {
        return new Draft(text, embeds, mentions, replyToId, rows, ephemeral);
    }

    /**
     * The same message with a row of {@code components} below any it holds: up to five buttons, or
     * one select menu; at most {@link #MAX_ROWS} rows.
     *
     * <pre>{@code
     * Draft.of("Lunch?").withRow(Button.success("lunch:yes", "Yes"), Button.danger("lunch:no", "No"))
     * }</pre>
     */
    public Draft withRow(Component... components) {
        if (rows.size() == MAX_ROWS) {
            throw new IllegalArgumentException("a message carries at most " + MAX_ROWS + " rows of components");
        }
        List<ActionRow> more = new ArrayList<>(rows);
        more.add(new ActionRow(Arrays.asList(components)));
        return new Draft(text, embeds, mentions, replyToId, more, ephemeral);
    }

    /** The same message without components: how a finished poll takes its buttons away. */
    public Draft withoutComponents() {
        return new Draft(text, embeds, mentions, replyToId, List.of(), ephemeral);
    }

    /**
     * The same message, seen only by the user it answers when it answers a slash command or a
     * click (Discord's ephemeral message); sent as usual anywhere else, e.g. in answer to a prefix
     * command, as discord.py's hybrid commands do.
     */
    public Draft ephemeral() {
        return new Draft(text, embeds, mentions, replyToId, rows, true);
    }

    /** The same message, sent as a reply to {@code message} (which must be in the same channel). */
    public Draft replyingTo(Message message) {
        return new Draft(text, embeds, mentions, message.id(), rows, ephemeral);
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

    /** Its rows of components, top first. */
    public List<ActionRow> rows() {
        return rows;
    }

    /** Whether only the user it answers sees it (see {@link #ephemeral()}). */
    public boolean isEphemeral() {
        return ephemeral;
    }

    /** The id of the message this one replies to, if it is a reply. */
    public Optional<String> replyToId() {
        return Optional.ofNullable(replyToId);
    }

    /**
     * Whether there is anything to send: text that is not blank, an embed, or a component.
     */
    public boolean isEmpty() {
        return text.isBlank() && embeds.isEmpty() && rows.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Draft that && text.equals(that.text) && embeds.equals(that.embeds)
                && mentions.equals(that.mentions) && Objects.equals(replyToId, that.replyToId) && rows.equals(that.rows)
                && ephemeral == that.ephemeral;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, embeds, mentions, replyToId, rows, ephemeral);
    }

    @Override
    public String toString() {
        return "Draft[" + text + (embeds.isEmpty() ? "" : ", " + embeds) + (rows.isEmpty() ? "" : ", " + rows)
                + (ephemeral ? ", ephemeral" : "") + "]";
    }
}
