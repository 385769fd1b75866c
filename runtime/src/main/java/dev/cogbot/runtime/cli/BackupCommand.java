package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.control.BotNotRunningException;
import dev.cogbot.runtime.control.ControlRequest;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.StorageException;
import dev.cogbot.runtime.storage.StoreBackup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cogbot backup FILE}: a consistent copy of the store, taken while the bot runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of the bot's store (its H2 database) to FILE, a zip.",
                "The running bot takes it without stopping; with no bot running, it is taken from the database"
                        + " file directly. To restore, stop the bot and unzip FILE into the data folder: it holds"
                        + " cogbot.mv.db, which replaces the one there."})
final class BackupCommand extends ControlCommand {

    @Parameters(paramLabel = "FILE", description = "Where to write the backup; a backup already there is replaced"
            + " once the new one is complete.")
    Path file;

    @Override
    ControlRequest request() {
        // the bot resolves paths against its own working folder, not this command's
        return new ControlRequest.Backup(target().toString());
    }

    /** No bot to ask: open the database here (its file lock keeps a bot from starting meanwhile) and copy it. */
    @Override
    int whenNotRunning(BotPaths paths, BotNotRunningException notRunning) {
        BotConfig config = BotConfig.load(paths.configFile(), System.getenv());
        if (config.get("jdbc-url").isEmpty() && !Files.exists(paths.dataDir().resolve("cogbot.mv.db"))) {
            err().println("cogbot: no store to back up: " + paths.dataDir().resolve("cogbot.mv.db")
                    + " does not exist (has the bot ever run with this data folder?)");
            return ExitCode.STORAGE.code();
        }
        try (JdbcStore store = JdbcStore.open(config.jdbcUrl(paths.dataDir()), config.jdbcPassword(), config.storeOptions())) {
            out().println(StoreBackup.summary(target(), store.backupTo(target())));
            return ExitCode.OK.code();
        } catch (StorageException e) {
            err().println("cogbot: " + e.getMessage());
            return ExitCode.STORAGE.code();
        }
    }

    private Path target() {
        return file.toAbsolutePath().normalize();
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        Map<ExitCode, String> own = new LinkedHashMap<>();
        own.put(ExitCode.BAD_CONFIG, "The config file or a setting is wrong.");
        own.put(ExitCode.STORAGE, "The store could not be read or the backup not written; the message says why.");
        return exitCodes("The backup is written, by the running bot or, with none running, from the database file.",
                own);
    }
}
