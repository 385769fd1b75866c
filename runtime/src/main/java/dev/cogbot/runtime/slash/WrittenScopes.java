package dev.cogbot.runtime.slash;

import dev.cogbot.api.Store;
import dev.cogbot.runtime.transport.CommandScope;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes the bot has written slash commands to, kept in the runtime's own store so that after
 * {@code discord.command-guilds} changes (or slash commands are turned off), even across a restart,
 * the commands left in the scopes no longer used are found and removed.
 *
 * <pre>{@code
 * WrittenScopes written = new WrittenScopes(runtimeStore);
 * written.save(Set.of(CommandScope.GLOBAL));
 * written.load();   // [Global[]]
 * }</pre>
 */
final class WrittenScopes {

    /** The key in the runtime's store; the value is {@code global} and {@code guild:<id>}, comma-separated. */
    static final String KEY = "slash-command-scopes";
    private static final String GLOBAL = "global";
    private static final String GUILD = "guild:";

    private final Store store;

    WrittenScopes(Store store) {
        this.store = store;
    }

    Set<CommandScope> load() {
        Set<CommandScope> scopes = new LinkedHashSet<>();
        for (String written : store.get(KEY).orElse("").split(",")) {
            if (written.equals(GLOBAL)) {
                scopes.add(CommandScope.GLOBAL);
            } else if (written.startsWith(GUILD) && written.length() > GUILD.length()) {
                scopes.add(new CommandScope.InGuild(written.substring(GUILD.length())));
            }
        }
        return scopes;
    }

    void save(Set<CommandScope> scopes) {
        if (scopes.isEmpty()) {
            store.remove(KEY);
            return;
        }
        store.put(KEY, scopes.stream().map(scope -> switch (scope) {
            case CommandScope.Global g -> GLOBAL;
            case CommandScope.InGuild guild -> GUILD + guild.guildId();
        }).collect(Collectors.joining(",")));
    }
}
