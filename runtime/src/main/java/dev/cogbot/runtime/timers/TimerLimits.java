package dev.cogbot.runtime.timers;

import dev.cogbot.api.Timers;
import java.util.Objects;

/** The checks on what a plugin gives {@link Timers}: one line saying what was wrong and what to do. */
final class TimerLimits {

    private TimerLimits() {
    }

    /** @throws IllegalArgumentException if {@code name} is blank or too long */
    static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > Timers.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("timer names must have 1 to " + Timers.MAX_NAME_LENGTH
                    + " characters and not be blank, got " + name.length() + " character(s)");
        }
    }

    /** @throws IllegalArgumentException if {@code payload} is too long */
    static void checkPayload(String name, String payload) {
        Objects.requireNonNull(payload, "payload (use \"\" for none)");
        if (payload.length() > Timers.MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("a timer's payload is at most " + Timers.MAX_PAYLOAD_LENGTH
                    + " characters; the one for '" + name + "' has " + payload.length()
                    + ": store the data elsewhere (bot.store()) and put its key in the payload");
        }
    }

    /** @throws IllegalArgumentException if {@code kind} is blank or holds a ':' */
    static void checkKind(String kind) {
        Objects.requireNonNull(kind, "kind");
        if (kind.isBlank() || kind.indexOf(':') >= 0 || kind.length() > Timers.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a timer kind is the part of timer names before the first ':'"
                    + " and cannot be blank or hold a ':', got '" + kind + "'");
        }
    }
}
