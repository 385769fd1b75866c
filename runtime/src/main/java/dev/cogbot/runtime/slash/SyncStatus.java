package dev.cogbot.runtime.slash;

import dev.cogbot.runtime.transport.CommandScope;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the bot's slash commands stand with Discord, for {@code cogbot status}:
 * <pre>
 * slash:     12 in sync (global), last written 14:02:10 UTC
 * slash:     sync failed: IllegalStateException: 503 from Discord, retrying at 14:05:10 UTC (3 attempts)
 * </pre>
 */
public sealed interface SyncStatus {

    /** One line, without the {@code slash:} label. */
    String line();

    /** This process does not register commands: the console, a process not running shard 0, or a node that does not lead its cluster. */
    record NotHere(String transport) implements SyncStatus {
        @Override
        public String line() {
            return "not registered by this process (" + transport + ")";
        }
    }

    /** Slash commands are turned off, and those registered before are gone. */
    record Off() implements SyncStatus {
        @Override
        public String line() {
            return "off (" + SlashSettings.ENABLED_KEY + "=false)";
        }
    }

    /** Not compared with Discord yet: the bot is not connected, or the first sync is still to come. */
    record Pending() implements SyncStatus {
        @Override
        public String line() {
            return "not synced yet";
        }
    }

    /**
     * Discord has what the bot wants.
     *
     * @param lastWritten when this run of the bot last wrote them; empty if Discord had them already
     */
    record InSync(int commands, Set<CommandScope> scopes, Optional<Instant> lastWritten) implements SyncStatus {
        public InSync {
            scopes = Set.copyOf(scopes);
        }

        @Override
        public String line() {
            return commands + " in sync (" + describe(scopes) + ")"
                    + lastWritten.map(at -> ", last written " + clock(at)).orElse(", nothing to write");
        }
    }

    /**
     * The last sync failed; it is tried again at {@code retryAt}.
     *
     * @param attempts how many syncs in a row have failed
     */
    record Failed(String reason, Instant retryAt, int attempts) implements SyncStatus {
        @Override
        public String line() {
            return "sync failed: " + reason + ", retrying at " + clock(retryAt)
                    + (attempts > 1 ? " (" + attempts + " attempts)" : "");
        }
    }

    private static String clock(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(at);
    }

    /** {@code global}, or {@code servers 1234, 5678}. */
    static String describe(Set<CommandScope> scopes) {
        List<String> guilds = scopes.stream()
                .map(scope -> switch (scope) {
                    case CommandScope.Global g -> "";
                    case CommandScope.InGuild guild -> guild.guildId();
                })
                .filter(id -> !id.isEmpty())
                .sorted()
                .toList();
        String global = scopes.contains(CommandScope.GLOBAL) ? "global" : "";
        if (guilds.isEmpty()) {
            return global;
        }
        return (global.isEmpty() ? "" : global + ", ") + (guilds.size() == 1 ? "server " : "servers ")
                + String.join(", ", guilds);
    }
}
