package dev.cogbot.plugins.poll;

import dev.cogbot.api.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The votes of polls, kept in the plugin's store so that they outlive a reload and a restart: one
 * vote per member per poll, under {@code poll.<id>.voter.<user id>} (the answer's index), and each
 * answer's count in the counter {@code poll.<id>.votes.<index>}, so counting never reads every vote.
 *
 * <p>A click on an answer casts a vote for it; a click on another answer moves the vote there; a
 * click on the same answer again takes the vote back. Callers serialise the clicks on one poll
 * (see {@link PollCog}): a vote and its counters are written one after the other.
 */
final class Ballots {

    /** What one click did to its member's vote. */
    sealed interface Outcome {
        /** A first vote, for {@code option}. */
        record Cast(int option) implements Outcome {
        }

        /** The vote moved from one answer to another. */
        record Moved(int from, int to) implements Outcome {
        }

        /** The vote for {@code option} was taken back. */
        record Withdrawn(int option) implements Outcome {
        }
    }

    /** How many voters' keys {@link #forgetVoters} reads at once. */
    private static final int PAGE = 500;

    private final Store store;

    Ballots(Store store) {
        this.store = store;
    }

    /** Records a click of {@code voterId} on answer {@code option} of poll {@code pollId}. */
    Outcome click(long pollId, String voterId, int option) {
        String key = voterKey(pollId, voterId);
        Optional<Integer> before = store.get(key).map(Integer::valueOf);
        if (before.isEmpty()) {
            store.put(key, Integer.toString(option));
            store.increment(countName(pollId, option));
            return new Outcome.Cast(option);
        }
        int from = before.get();
        if (from == option) {
            store.remove(key);
            store.add(countName(pollId, option), -1);
            return new Outcome.Withdrawn(option);
        }
        store.put(key, Integer.toString(option));
        store.add(countName(pollId, from), -1);
        store.increment(countName(pollId, option));
        return new Outcome.Moved(from, option);
    }

    /** Each answer's votes, in the order of the poll's answers. */
    List<Long> counts(Poll poll) {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < poll.options().size(); i++) {
            counts.add(store.counter(countName(poll.id(), i)));
        }
        return counts;
    }

    /**
     * Deletes who voted for what in a closed poll, whose votes can no longer change: the counts
     * stay, the store does not keep a member's choice longer than it is needed.
     */
    void forgetVoters(long pollId) {
        String prefix = voterPrefix(pollId);
        List<String> page = store.keys(prefix, PAGE);
        while (!page.isEmpty()) {
            page.forEach(store::remove);
            page = store.keys(prefix, PAGE);
        }
    }

    private static String voterPrefix(long pollId) {
        return Poll.key(pollId) + ".voter.";
    }

    private static String voterKey(long pollId, String voterId) {
        return voterPrefix(pollId) + voterId;
    }

    private static String countName(long pollId, int option) {
        return Poll.key(pollId) + ".votes." + option;
    }
}
