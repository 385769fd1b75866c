package dev.cogbot.runtime.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells "no bot runs here" from "a bot may run here, but it is another user's". The bot keeps its
 * control folder (and often its data folder) to its own user, so to anyone else the socket simply
 * seems absent; saying "not running" then would send them to start a second bot.
 */
final class ControlAccess {

    private ControlAccess() {
    }

    /**
     * @throws AnotherUsersBotException if a folder on the way to {@code socket} belongs to another user
     *     and this one may not pass it
     * @throws IOException              if it is this user's own folder, closed to its owner too
     */
    static void requireOwnAccess(Path socket) throws IOException {
        Optional<Path> barrier = firstBarrier(socket);
        if (barrier.isPresent()) {
            Optional<AnotherUsersBotException> theirs = ownedByAnother(barrier.get());
            if (theirs.isPresent()) {
                throw theirs.get();
            }
            throw new IOException("cannot look into " + barrier.get() + ", although it is yours: give yourself"
                    + " access to it again (chmod u+rwx)");
        }
    }

    /** The same error for {@code path}, when the system refused access to it; empty if it is this user's own. */
    static Optional<AnotherUsersBotException> ownedByAnother(Path path) {
        try {
            String owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
            return owner.equals(me()) ? Optional.empty() : Optional.of(new AnotherUsersBotException(owner, me(), path));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * The nearest existing folder on the way to {@code socket} that this user cannot pass: the socket
     * (or a folder between) is invisible because of it. Empty when nothing is in the way.
     */
    private static Optional<Path> firstBarrier(Path socket) {
        Path controlDir = socket.toAbsolutePath().getParent();
        Path dir = controlDir;
        while (dir != null && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            dir = dir.getParent();
        }
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        if (!Files.isExecutable(dir)) {
            return Optional.of(dir);
        }
        // A bot that never ran has no control folder yet; its data folder, if this user may not write
        // it, is still another user's: load and unload could not record anything there.
        Path dataDir = controlDir.getParent();
        return dir.equals(dataDir) && !Files.isWritable(dataDir) ? Optional.of(dataDir) : Optional.empty();
    }

    private static String me() {
        return System.getProperty("user.name");
    }
}
