package dev.cogbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.storage.JdbcStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading the bot keeps what the previous release stored: a data folder whose database has
 * cogbot 0.1's tables and rows (the same statements 0.1 ran) starts the real bot, with the real
 * plugin JARs, with the jokes counted before.
 */
class UpgradeFrom01Test {

    @TempDir
    Path home;

    @Test
    void theJokesToldBeforeTheUpgradeAreStillCounted() throws Exception {
        try (Connection connection = DriverManager.getConnection(JdbcStore.defaultUrl(BotPaths.under(home).dataDir()));
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS counters (
                        counter_name VARCHAR(255) NOT NULL PRIMARY KEY,
                        counter_value BIGINT NOT NULL
                    )""");
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS entries (
                        entry_key VARCHAR(255) NOT NULL PRIMARY KEY,
                        entry_value VARCHAR(1000000) NOT NULL
                    )""");
            statement.execute("INSERT INTO counters (counter_name, counter_value) VALUES ('jokes.told', 5)");
        }

        try (ConsoleSession upgraded = new ConsoleSession(home, null)) {
            assertThat(upgraded.screen()).contains("cogbot is now playing: Jokes told: 5");
            upgraded.type("!lightbulb");
            upgraded.type("!jokes_told");
            assertThat(upgraded.screen()).contains("#general <cogbot> I've told 6 jokes.");
        }
    }
}
