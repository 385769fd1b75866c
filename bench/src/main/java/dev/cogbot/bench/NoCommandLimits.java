package dev.cogbot.bench;

import dev.cogbot.runtime.commands.CommandLimits;
import dev.cogbot.runtime.config.BotConfig;

/**
 * Per-member command limits high enough never to bind: the throughput harnesses have one
 * synthetic member send thousands of commands a second, which is the flood the limits exist to
 * stop. The limits are still checked on every command, so their cost stays in the figures.
 */
final class NoCommandLimits {

    static final CommandLimits LIMITS = CommandLimits.NONE;

    private NoCommandLimits() {
    }

    /** {@code config} with the limits' keys set as high as they go. */
    static BotConfig config(BotConfig config) {
        String most = Integer.toString(Integer.MAX_VALUE);
        return config.withOverride("limits.burst-per-user", most)
                .withOverride("limits.per-second-per-user", most)
                .withOverride("limits.commands-per-user", most)
                .withOverride("limits.queued-per-user", most);
    }
}
