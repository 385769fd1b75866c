package dev.cogbot.runtime.control;

import java.nio.file.Path;

/** Another cogbot holds this data folder: two bots must not share one store and one plugin cache. */
public final class AlreadyRunningException extends RuntimeException {

    /** @param pid the running bot's process id, if known */
    public AlreadyRunningException(Path dataDir, String pid) {
        super("a cogbot" + (pid == null ? "" : " (pid " + pid + ")") + " is already running on this data folder (" + dataDir
                + "); stop it first ('cogbot status' shows it), or give this one another --data-dir");
    }
}
