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
     * @throws AnotherUsersBotException if a folder on the way to {@code socket}, or the socket itself,
     *     belongs to another user and this one may not pass it
     */
    static void requireOwnAccess(Path socket) throws AnotherUsersBotException {
        Optional<Path> barrier = firstBarrier(socket);
        if (barrier.isPresent()) {
            throw anotherUsers(barrier.get());
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
        Path dir = socket.toAbsolutePath().getParent();
        while (dir != null && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            dir = dir.getParent();
        }
        if (dir == null || !Files.isDirectory(dir) || Files.isExecutable(dir)) {
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    private static AnotherUsersBotException anotherUsers(Path barrier) {
        return ownedByAnother(barrier).orElseGet(() ->
                // this user's own folder, closed to itself: rare enough to report as plainly as the rest
                new AnotherUsersBotException(me(), me(), barrier));
    }

    private static String me() {
        return System.getProperty("user.name");
    }
}
