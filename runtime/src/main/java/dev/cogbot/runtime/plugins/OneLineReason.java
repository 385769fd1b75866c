package dev.cogbot.runtime.plugins;

/** Why something a plugin did failed, in one line: for refusals and the log. */
final class OneLineReason {

    private OneLineReason() {
    }

    /** The exception's type and first line of message, and its root cause's if different. */
    static String of(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = describeOne(error);
        return root == error ? text : text + " (caused by " + describeOne(root) + ")";
    }

    private static String describeOne(Throwable error) {
        String message = error.getMessage();
        String first = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return error.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
    }
}
