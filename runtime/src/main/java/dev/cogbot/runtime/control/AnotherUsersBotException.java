package dev.cogbot.runtime.control;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The bot's files belong to another user, whose permissions keep this one out: whether that bot runs
 * cannot even be seen from here. An {@link IOException}, as the other ways of not reaching the bot are.
 */
public final class AnotherUsersBotException extends IOException {

    private final String owner;
    private final Path path;

    public AnotherUsersBotException(String owner, String me, Path path) {
        super("this bot belongs to the user " + owner + " (" + path + " is theirs), and you are " + me
                + ": run the command as " + owner + ", e.g. sudo -u " + owner + " bin/cogbot ...");
        this.owner = owner;
        this.path = path;
    }

    /** The user the bot's files belong to. */
    public String owner() {
        return owner;
    }

    /** The file or folder that keeps this user out. */
    public Path path() {
        return path;
    }
}
