package dev.cogbot.runtime.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Which plugins an owner unloaded, remembered across restarts: a plugin in the folder is loaded at
 * start unless it is listed here. Kept in the data folder as one id per line; written atomically so
 * a crash mid-write never loses the list. The CLI edits it too when the bot is not running.
 */
public final class WantedPlugins {

    private static final String HEADER = "# Plugins unloaded by an owner; they stay unloaded until loaded again.";

    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();

    public WantedPlugins(Path file) {
        this.file = file;
    }

    /** The file in {@code dataDir} where the list lives. */
    public static WantedPlugins in(Path dataDir) {
        return new WantedPlugins(dataDir.resolve("unloaded-plugins.txt"));
    }

    public boolean isUnloaded(String pluginId) {
        return unloaded().contains(pluginId);
    }

    public Set<String> unloaded() {
        lock.lock();
        try {
            if (!Files.exists(file)) {
                return Set.of();
            }
            Set<String> ids = new TreeSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Remembers that {@code pluginId} should stay unloaded. */
    public void markUnloaded(String pluginId) {
        update(pluginId, true);
    }

    /** Remembers that {@code pluginId} should be loaded. */
    public void markLoaded(String pluginId) {
        update(pluginId, false);
    }

    private void update(String pluginId, boolean unload) {
        lock.lock();
        try {
            Set<String> ids = new TreeSet<>(unloaded());
            boolean changed = unload ? ids.add(pluginId) : ids.remove(pluginId);
            if (!changed) {
                return;
            }
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            StringBuilder text = new StringBuilder(HEADER).append('\n');
            ids.forEach(id -> text.append(id).append('\n'));
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
