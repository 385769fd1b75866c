package dev.cogbot.api;

/** A predicate on an invocation; {@code false} fails the command with a {@link dev.cogbot.api.error.CheckFailure}. */
@FunctionalInterface
public interface Check {
    boolean test(Context ctx);
}
