package dev.cogbot.runtime.transport.discord;

import java.util.NoSuchElementException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Discord's refusals (JDA's exceptions) as one-line errors saying what the bot tried and why it could
 * not: something that does not exist (any more) is a {@link NoSuchElementException}, something the
 * bot may not do an {@link IllegalStateException}. Plugins see only the api, so both are plain Java.
 */
final class DiscordFailures {

    private DiscordFailures() {
    }

    /**
     * @param attempt what the bot tried, e.g. {@code "edit message 42 in #general"}
     */
    static RuntimeException explain(String attempt, RuntimeException failure) {
        String why = switch (failure) {
            case ErrorResponseException refused -> reason(refused);
            case PermissionException missing -> missing.getPermission() == null
                    ? "the bot lacks a permission there"
                    : "the bot lacks the " + missing.getPermission().getName() + " permission there";
            default -> null;
        };
        if (why == null) {
            return failure;
        }
        String line = "cannot " + attempt + ": " + why;
        return isGone(failure) ? new NoSuchElementException(line) : new IllegalStateException(line, failure);
    }

    /** Whether Discord said the thing asked about does not exist (or no longer does). */
    static boolean isGone(RuntimeException failure) {
        return failure instanceof ErrorResponseException refused && switch (refused.getErrorResponse()) {
            case UNKNOWN_MESSAGE, UNKNOWN_CHANNEL, UNKNOWN_USER, UNKNOWN_MEMBER, UNKNOWN_GUILD, UNKNOWN_EMOJI -> true;
            default -> false;
        };
    }

    /** Whether Discord refused because the bot may not see or do it. */
    static boolean isForbidden(RuntimeException failure) {
        return failure instanceof PermissionException
                || failure instanceof ErrorResponseException refused && switch (refused.getErrorResponse()) {
                    case MISSING_ACCESS, MISSING_PERMISSIONS -> true;
                    default -> false;
                };
    }

    private static String reason(ErrorResponseException refused) {
        ErrorResponse response = refused.getErrorResponse();
        return switch (response) {
            case UNKNOWN_MESSAGE -> "Discord has no such message (it was deleted, or the id is wrong)";
            case UNKNOWN_CHANNEL -> "Discord has no such channel, or the bot cannot see it";
            case UNKNOWN_USER -> "Discord has no such user";
            case UNKNOWN_MEMBER -> "that user is not a member of the server";
            case UNKNOWN_EMOJI -> "Discord does not know that emoji";
            case MISSING_ACCESS -> "the bot cannot see that channel; give its role View Channel there";
            case MISSING_PERMISSIONS -> "the bot lacks a permission there (Manage Messages to touch others' messages)";
            case INVALID_AUTHOR_EDIT -> "the bot can edit only its own messages";
            case UNKNOWN_INTERACTION -> "Discord no longer takes a first answer to it (three seconds passed)";
            case INTERACTION_ALREADY_ACKNOWLEDGED -> "it was answered already; edit the answer or follow up instead";
            case UNKNOWN_WEBHOOK, INVALID_WEBHOOK_TOKEN -> "its fifteen minutes for edits and follow-ups are over";
            default -> "Discord answered " + refused.getErrorCode() + " (" + refused.getMeaning() + ")";
        };
    }
}
