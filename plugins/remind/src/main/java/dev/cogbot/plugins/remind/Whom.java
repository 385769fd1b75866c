package dev.cogbot.plugins.remind;

import dev.cogbot.api.Member;

/**
 * What the first word of {@code !remind} names, as {@link WhomConverter} reads it: who asked
 * ({@code me}), a member of the server, or the {@code cancel} sub-command.
 *
 * <pre>{@code
 * switch (who) {
 *     case Whom.Me me -> remind(ctx.author().id());
 *     case Whom.Someone someone -> remind(someone.member().id());
 *     case Whom.Cancel cancel -> cancel(ctx, when);
 * }
 * }</pre>
 */
sealed interface Whom {

    /** Who asked. */
    record Me() implements Whom {
    }

    /** A member of the server the command was used in. */
    record Someone(Member member) implements Whom {
    }

    /** {@code !remind cancel <n>}: no one, but the same place in the command. */
    record Cancel() implements Whom {
    }
}
