package dev.cogbot.runtime.transport.discord;

import dev.cogbot.api.Permission;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** JDA's permissions as the api's: both carry Discord's bits, so the bits translate. */
final class DiscordPermissions {

    private DiscordPermissions() {
    }

    static Set<Permission> of(Collection<net.dv8tion.jda.api.Permission> jda) {
        long raw = net.dv8tion.jda.api.Permission.getRaw(jda);
        EnumSet<Permission> held = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if ((raw & permission.bit()) != 0) {
                held.add(permission);
            }
        }
        return held;
    }
}
