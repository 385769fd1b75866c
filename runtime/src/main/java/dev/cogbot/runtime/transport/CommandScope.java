package dev.cogbot.runtime.transport;

import java.util.Objects;

/** Where slash commands are registered: for every server and DM, or in one server only. */
public sealed interface CommandScope {

    /** Everywhere the bot is; Discord may take a while to show changes. */
    record Global() implements CommandScope {
    }

    /** In one server only; changes show at once, which is what a developer wants. */
    record InGuild(String guildId) implements CommandScope {

        public InGuild {
            Objects.requireNonNull(guildId, "guildId");
        }
    }

    CommandScope GLOBAL = new Global();
}
