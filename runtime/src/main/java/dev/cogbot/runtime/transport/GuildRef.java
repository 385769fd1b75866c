package dev.cogbot.runtime.transport;

import dev.cogbot.api.Guild;
import java.util.Objects;

/** A server as a transport names it: plain data. */
public record GuildRef(String id, String name) implements Guild {

    public GuildRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
