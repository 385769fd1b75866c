package dev.cogbot.runtime.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The check that the bot can write its data folder before it starts. The store, the private copies
 * of the plugin JARs and the control channel all live there; a bot started on a full or read-only
 * disk would otherwise run with no plugins and fail at its first write, so it refuses to start.
 *
 * <pre>{@code
 * DataFolder.requireWritable(paths.dataDir()); // before anything else is written there
 * }</pre>
 */
public final class DataFolder {

    /**
     * How much room the check asks for: more than a store commit or a bundled plugin's copy needs,
     * so a disk with less free is as good as full for the bot.
     */
    static final int ROOM_BYTES = 1 << 20;

    private DataFolder() {
    }

    /**
     * Creates {@code dataDir} if needed, then writes and deletes a file of {@link #ROOM_BYTES} in it.
     *
     * @throws DataFolderException if that fails, saying why (full, read-only, permissions)
     */
    public static void requireWritable(Path dataDir) {
        Path folder = dataDir.toAbsolutePath().normalize();
        Path probe = null;
        try {
            Files.createDirectories(folder);
            probe = Files.createTempFile(folder, ".write-check-", ".tmp");
            try (FileChannel file = FileChannel.open(probe, StandardOpenOption.WRITE)) {
                ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
                for (int written = 0; written < ROOM_BYTES; written += zeros.capacity()) {
                    zeros.clear();
                    while (zeros.hasRemaining()) {
                        file.write(zeros);
                    }
                }
            }
        } catch (IOException e) {
            throw new DataFolderException(folder, e);
        } finally {
            deleteQuietly(probe);
        }
    }

    private static void deleteQuietly(Path probe) {
        if (probe != null) {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                // a leftover check file is harmless and named as such
            }
        }
    }
}
