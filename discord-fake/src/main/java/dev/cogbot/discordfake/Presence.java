package dev.cogbot.discordfake;

import java.util.List;

/**
 * The bot's presence as a client sent it (gateway op 3, or inside IDENTIFY).
 *
 * @param status     {@code online}, {@code idle}, {@code dnd}, {@code invisible}, ...
 * @param afk        the afk flag
 * @param activities the activities, usually zero or one
 */
public record Presence(String status, boolean afk, List<Activity> activities) {

    public Presence {
        activities = List.copyOf(activities);
    }

    /** The first activity's name, or {@code null} without one. */
    public String activityName() {
        return activities.isEmpty() ? null : activities.getFirst().name();
    }

    /**
     * An activity.
     *
     * @param name  what JDA calls the activity name ("playing <name>")
     * @param type  0 playing, 1 streaming, 2 listening, 3 watching, 4 custom, 5 competing
     * @param state the custom status text, or {@code null}
     * @param url   the stream url, or {@code null}
     */
    public record Activity(String name, int type, String state, String url) {
    }
}
