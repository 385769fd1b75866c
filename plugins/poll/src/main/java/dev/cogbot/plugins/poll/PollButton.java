package dev.cogbot.plugins.poll;

/**
 * A button of a poll, read back from its component id: {@code poll:<poll id>:<answer index>} for an
 * answer, {@code poll:<poll id>:close} for closing it. The id carries everything a click needs, so a
 * click finds its poll after a reload or a restart.
 *
 * <pre>{@code
 * switch (PollButton.parse(click.componentId())) {
 *     case PollButton.Vote vote -> ...
 *     case PollButton.Close close -> ...
 * }
 * }</pre>
 */
sealed interface PollButton {

    /** The first part of every id, which routes the click to {@link PollCog#click}. */
    String PREFIX = "poll";
    String CLOSE = "close";

    long pollId();

    /** The button of answer {@code option} (counted from 0). */
    record Vote(long pollId, int option) implements PollButton {
        String id() {
            return PREFIX + ":" + pollId + ":" + option;
        }
    }

    /** The button that ends the poll. */
    record Close(long pollId) implements PollButton {
        String id() {
            return PREFIX + ":" + pollId + ":" + CLOSE;
        }
    }

    /** @throws IllegalArgumentException if {@code componentId} is not one this plugin wrote */
    static PollButton parse(String componentId) {
        String[] parts = componentId.split(":");
        if (parts.length != 3 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a poll's button: " + componentId);
        }
        try {
            long pollId = Long.parseLong(parts[1]);
            return parts[2].equals(CLOSE) ? new Close(pollId) : new Vote(pollId, Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a poll's button: " + componentId, e);
        }
    }
}
