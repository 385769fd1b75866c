package dev.cogbot.api;

/** Something run before or after an invocation. */
@FunctionalInterface
public interface Hook {
    void run(Context ctx);
}
