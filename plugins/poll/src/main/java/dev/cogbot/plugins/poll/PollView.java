package dev.cogbot.plugins.poll;

import dev.cogbot.api.ActionRow;
import dev.cogbot.api.Button;
import dev.cogbot.api.Component;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Embed;
import java.util.ArrayList;
import java.util.List;

/**
 * How a poll's message looks: an embed with the question and each answer's votes, and while it is
 * open a button per answer (five to a row) and a Close button in a row of its own.
 *
 * <pre>{@code
 * ctx.send(PollView.of(poll, ballots.counts(poll)));
 * }</pre>
 */
final class PollView {

    private static final int OPEN_COLOUR = 0x5865F2;
    private static final int CLOSED_COLOUR = 0x99AAB5;
    private static final int BUTTONS_PER_ROW = ActionRow.MAX_BUTTONS;

    private PollView() {
    }

    /** The poll's message as it is now: open with its buttons, or closed with its result and none. */
    static Draft of(Poll poll, List<Long> counts) {
        return poll.closed() ? closed(poll, counts) : open(poll, counts);
    }

    private static Draft open(Poll poll, List<Long> counts) {
        Embed.Builder card = Embed.builder().title(poll.question()).colour(OPEN_COLOUR);
        addCounts(card, poll, counts);
        card.footer(byline(poll) + " · click an answer to vote, click it again to take your vote back"
                + (poll.closing().isPresent() ? " · closes" : ""));
        // shown by Discord in each reader's own time, after "closes"
        poll.closing().ifPresent(card::timestamp);
        Draft draft = Draft.of(card.build());
        List<Component> row = new ArrayList<>();
        for (int i = 0; i < poll.options().size(); i++) {
            row.add(Button.primary(new PollButton.Vote(poll.id(), i).id(), poll.options().get(i)));
            if (row.size() == BUTTONS_PER_ROW) {
                draft = draft.withRow(row.toArray(Component[]::new));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            draft = draft.withRow(row.toArray(Component[]::new));
        }
        return draft.withRow(Button.danger(new PollButton.Close(poll.id()).id(), "Close"));
    }

    private static Draft closed(Poll poll, List<Long> counts) {
        Embed.Builder card = Embed.builder().title(poll.question()).description(result(poll, counts))
                .colour(CLOSED_COLOUR);
        addCounts(card, poll, counts);
        card.footer(byline(poll));
        return Draft.of(card.build());
    }

    /** The closed poll's verdict: {@code "Closed: pizza wins with 2 of 3 votes."}, a tie, or no votes. */
    static String result(Poll poll, List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "Closed with no votes.";
        }
        long most = counts.stream().mapToLong(Long::longValue).max().orElseThrow();
        List<String> winners = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) == most) {
                winners.add(poll.options().get(i));
            }
        }
        if (winners.size() == 1) {
            return "Closed: " + winners.getFirst() + " wins with " + most + " of " + votes(total) + ".";
        }
        String names = String.join(", ", winners.subList(0, winners.size() - 1)) + " and " + winners.getLast();
        return "Closed: a tie between " + names + ", " + votes(most) + " each.";
    }

    private static void addCounts(Embed.Builder card, Poll poll, List<Long> counts) {
        for (int i = 0; i < poll.options().size(); i++) {
            card.field(poll.options().get(i), votes(counts.get(i)), true);
        }
    }

    private static String byline(Poll poll) {
        return "Poll " + poll.id() + " by " + poll.creatorName();
    }

    static String votes(long n) {
        return n + (n == 1 ? " vote" : " votes");
    }
}
