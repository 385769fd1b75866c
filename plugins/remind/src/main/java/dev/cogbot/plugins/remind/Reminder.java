package dev.cogbot.plugins.remind;

/**
 * One reminder, as kept in its timer's payload: who set it, for whom, and what it says.
 *
 * @param setterId   the id of who asked for it (whose {@code !reminders} list it is in)
 * @param setterName their name when they asked, to say who it is from
 * @param targetId   the id of who is reminded
 * @param text       what to remind of
 */
record Reminder(String setterId, String setterName, String targetId, String text) {

    /** The longest text a reminder keeps: a reminder is a line, not a letter. */
    static final int MAX_TEXT = 1_000;

    /** The payload: three lines for the ids and name, then the text (which may hold line breaks). */
    String payload() {
        return setterId + "\n" + setterName.replace('\n', ' ') + "\n" + targetId + "\n" + text;
    }

    /** @throws IllegalArgumentException if {@code payload} is not one {@link #payload()} wrote */
    static Reminder fromPayload(String payload) {
        String[] parts = payload.split("\n", 4);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a reminder's payload: " + parts.length + " part(s)");
        }
        return new Reminder(parts[0], parts[1], parts[2], parts[3]);
    }

    /** What the bot says when it is due. */
    String message() {
        String mention = "<@" + targetId + ">";
        return targetId.equals(setterId)
                ? mention + ", you asked me to remind you: " + text
                : mention + ", " + setterName + " asked me to remind you: " + text;
    }
}
