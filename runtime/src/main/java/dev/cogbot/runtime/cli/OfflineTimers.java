package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.JdbcTimerStore;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Durable timers forgotten with no bot running: from the store itself, which the bot's absence leaves unlocked. */
final class OfflineTimers {

    private OfflineTimers() {
    }

    /**
     * Deletes the timers of {@code pluginIds} from the bot's store.
     *
     * @return one line saying how many went
     * @throws dev.cogbot.runtime.storage.StorageException if the store cannot be opened or written
     */
    static String forget(BotPaths paths, List<String> pluginIds) {
        BotConfig config = BotConfig.load(paths.configFile(), System.getenv());
        if (config.get("jdbc-url").isEmpty() && !Files.exists(paths.dataDir().resolve("cogbot.mv.db"))) {
            // the bot never ran here: no store, so no timers, and none is created just to say so
            return "no timers to forget: the bot has no store yet";
        }
        List<String> counts = new ArrayList<>();
        try (JdbcStore store = JdbcStore.open(config.jdbcUrl(paths.dataDir()), config.jdbcPassword(), config.storeOptions())) {
            JdbcTimerStore timers = JdbcTimerStore.on(store);
            for (String id : pluginIds) {
                counts.add("forgot " + timers.removeAll(id) + " timer(s) of " + id);
            }
        }
        return String.join("; ", counts);
    }
}
