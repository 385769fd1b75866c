package dev.cogbot.runtime.control;

import java.nio.file.Path;

/** Where the control channel's files are in a data folder. */
public final class ControlFiles {

    private ControlFiles() {
    }

    /** {@code DATA/control/}: only the bot's user may enter it. */
    public static Path directory(Path dataDir) {
        return dataDir.resolve("control");
    }

    /** {@code DATA/control/cogbot.sock}: the Unix domain socket the running bot listens on. */
    public static Path socket(Path dataDir) {
        return directory(dataDir).resolve("cogbot.sock");
    }

    /** {@code DATA/control/cogbot.lock}: locked by the running bot; holds its pid. */
    public static Path lock(Path dataDir) {
        return directory(dataDir).resolve("cogbot.lock");
    }
}
