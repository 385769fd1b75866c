package dev.cogbot.api;

import java.util.Objects;

/**
 * What the bot's presence shows, like discord.py's {@code Game("...")}.
 *
 * <pre>{@code
 * bot.changePresence(Activity.playing("Jokes told: " + told));
 * }</pre>
 */
public record Activity(Type type, String name) {

    public enum Type { PLAYING, LISTENING, WATCHING, COMPETING }

    public Activity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }

    public static Activity playing(String name) {
        return new Activity(Type.PLAYING, name);
    }

    public static Activity listening(String name) {
        return new Activity(Type.LISTENING, name);
    }

    public static Activity watching(String name) {
        return new Activity(Type.WATCHING, name);
    }
}
