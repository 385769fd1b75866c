package dev.cogbot.runtime.control;

/**
 * A bot started on a data folder that belongs to another user, whose permissions keep this one out:
 * the unchecked form of {@link AnotherUsersBotException}, with the same one line, for {@code cogbot run}.
 *
 * <pre>{@code
 * ControlServer.claim(dataDir); // throws this when run as nobody on root's data folder
 * }</pre>
 */
public final class AnotherUsersDataFolderException extends RuntimeException {

    AnotherUsersDataFolderException(AnotherUsersBotException theirs) {
        super(theirs.getMessage(), theirs);
    }
}
