package dev.cogbot.runtime.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A consistent copy of the H2 store, taken while the bot runs: H2's {@code BACKUP TO} zips the
 * database file as of one moment, with writes going on. The zip holds {@code cogbot.mv.db}; restoring
 * is putting that file back into the data folder with the bot stopped.
 *
 * <p>The zip is written beside {@code target} under a temporary name and then renamed, so
 * {@code target} is always either the previous backup or the complete new one.
 *
 * <pre>{@code
 * store.backupTo(Path.of("/backups/cogbot-2026-12-03.zip"));
 * }</pre>
 */
public final class StoreBackup {

    private StoreBackup() {
    }

    /** What {@code cogbot backup} says once {@code file} of {@code bytes} is written. */
    public static String summary(Path file, long bytes) {
        return "backed up the store to " + file + " (" + Math.max(1, (bytes + 1023) / 1024) + " KiB); to restore it,"
                + " stop the bot and unzip it into the data folder";
    }

    /**
     * Writes the backup of the database behind {@code connection} to {@code target}.
     *
     * @return the backup's size in bytes
     * @throws StorageException if the database is not an H2 file, or the backup cannot be written
     */
    static long write(Connection connection, Path target, String shownUrl) throws SQLException {
        if (!Durability.isH2(connection) || connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
            throw new StorageException("cogbot backs up only its H2 database file, and the store is at " + shownUrl
                    + ": back that database up with its own tools");
        }
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StorageException("cannot back up the store to " + file + ": there is no folder " + folder
                    + "; create it or choose another file");
        }
        Path partial = folder.resolve("." + file.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            try (PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, partial.toString());
                backup.executeUpdate();
            }
            requireDatabaseFileIn(partial);
            moveOver(partial, file);
            return Files.size(file);
        } catch (IOException e) {
            throw new StorageException("cannot back up the store to " + file + ": " + StoreErrors.reason(e), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // named as a leftover; the next backup to the same file replaces it
            }
        }
    }

    private static void requireDatabaseFileIn(Path zip) throws IOException {
        try (ZipFile backup = new ZipFile(zip.toFile())) {
            boolean hasDatabase = backup.stream().map(ZipEntry::getName).anyMatch(name -> name.endsWith(".mv.db"));
            if (!hasDatabase) {
                throw new IOException("H2 wrote a backup without the database file in it");
            }
        }
    }

    private static void moveOver(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
