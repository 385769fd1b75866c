package dev.cogbot.plugins.poll;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One poll as kept in the plugin's store under {@code poll.<id>}: what it asks, its answers in the
 * order of their buttons, who asked, and whether it is closed. Its votes are kept beside it (see
 * {@link Ballots}).
 *
 * @param id          its number, counted in the store; the middle part of its buttons' ids
 * @param question    what it asks, at most {@link #MAX_QUESTION} characters
 * @param options     its answers, {@link #MIN_OPTIONS} to {@link #MAX_OPTIONS}, each at most
 *                    {@link #MAX_OPTION} characters (a button's label)
 * @param creatorId   the id of who asked, who may close it
 * @param creatorName their name when they asked, shown under the poll
 * @param closed      whether voting has ended
 * @param closesAt    when it closes by itself, or {@code null} if only a click closes it
 */
record Poll(long id, String question, List<String> options, String creatorId, String creatorName, boolean closed,
        Instant closesAt) {

    /** An embed's title holds 256 characters. */
    static final int MAX_QUESTION = 256;
    /** A button's label holds 80 characters. */
    static final int MAX_OPTION = 80;
    static final int MIN_OPTIONS = 2;
    /** Two rows of five buttons; the Close button has a row of its own. */
    static final int MAX_OPTIONS = 10;

    Poll {
        options = List.copyOf(options);
    }

    /** When it closes by itself, if it does. */
    Optional<Instant> closing() {
        return Optional.ofNullable(closesAt);
    }

    /** The same poll, closed. */
    Poll asClosed() {
        return new Poll(id, question, options, creatorId, creatorName, true, closesAt);
    }

    /** The store key it is kept under. */
    static String key(long id) {
        return "poll." + id;
    }
}
