package dev.cogbot.runtime.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The bot cannot write its data folder: the disk is full or read-only (or the folder's permissions
 * keep even its owner out). A folder of another user's is refused before this check, by the control
 * channel's claim on the folder.
 */
public final class DataFolderException extends RuntimeException {

    public DataFolderException(Path folder, IOException cause) {
        super("cannot write the data folder " + folder + ": " + why(cause), cause);
    }

    /** Whether {@code e} says the disk is full or read-only, which no retry and no other user fixes. */
    public static boolean fullOrReadOnly(IOException e) {
        String lower = messageOf(e).toLowerCase(Locale.ROOT);
        return lower.contains("no space left") || lower.contains("disk quota") || lower.contains("read-only");
    }

    private static String messageOf(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
    }

    private static String why(IOException e) {
        String message = messageOf(e);
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return "the disk is full (" + message + "); free some space on it, or choose another --data-dir";
        }
        if (lower.contains("read-only")) {
            return "the file system is read-only; choose another --data-dir";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied; give yourself write access to it (chmod u+rwx), or choose another --data-dir";
        }
        return message + "; check the folder and the disk it is on";
    }
}
