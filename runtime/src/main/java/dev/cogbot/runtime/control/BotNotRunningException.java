package dev.cogbot.runtime.control;

import java.nio.file.Path;

/** No bot answers on the data folder's control socket. The message says why, in a few words. */
public final class BotNotRunningException extends Exception {

    private final Path socket;

    public BotNotRunningException(Path socket, String why) {
        super("cogbot is not running (" + why + ")");
        this.socket = socket;
    }

    /** Where the bot's control socket would be. */
    public Path socket() {
        return socket;
    }
}
