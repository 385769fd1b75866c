package dev.cogbot.runtime.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file holding one secret (the Discord token, the database password), read the one way: its
 * text stripped of surrounding whitespace, with a warning if other users can read the file.
 *
 * <pre>{@code
 * String password = SecretFile.read(Path.of("/etc/cogbot/db-password"), "database password");
 * }</pre>
 */
public final class SecretFile {

    private static final Logger log = LoggerFactory.getLogger(SecretFile.class);

    private SecretFile() {
    }

    /**
     * The text of {@code file}, stripped; {@code what} names the secret in messages ("token").
     *
     * @throws IllegalArgumentException with a one-line reason if it cannot be read
     */
    public static String read(Path file, String what) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the " + what + " file " + file + ": " + e.getMessage()
                    + "; check the path and its permissions");
        }
        warnIfShared(file, what);
        return text.strip();
    }

    private static void warnIfShared(Path file, String what) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("The {} file {} can be read by other users; run: chmod 600 {}", what, file, file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Cannot check the permissions of {}: {}", file, e.toString());
        }
    }
}
