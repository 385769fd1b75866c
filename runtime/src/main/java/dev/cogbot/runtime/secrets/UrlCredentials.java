package dev.cogbot.runtime.secrets;

import java.util.regex.Pattern;

/**
 * Hides the credentials URLs carry in their user part ({@code http://user:secret@proxy/...}), in a URL
 * or in any text quoting one (an error message, a log line), so that they are shown no more than a
 * token is.
 *
 * <pre>{@code
 * UrlCredentials.redact("cannot reach http://bot:hunter2@proxy:8080/api/v10/")
 *     // "cannot reach http://bot:***@proxy:8080/api/v10/"
 * }</pre>
 */
public final class UrlCredentials {

    /** Shown instead of a secret. */
    public static final String HIDDEN = "***";

    /** {@code //user:secret@}: the user stays, as it names who, the secret goes. */
    private static final Pattern USER_AND_SECRET = Pattern.compile("//([^/@:;?#\\s]*):[^/@\\s]*@");
    /** {@code //secret@} without a colon: a lone token in the user part, so all of it goes. */
    private static final Pattern LONE_USER_PART = Pattern.compile("//[^/@:;?#\\s]+@");

    private UrlCredentials() {
    }

    /** {@code text} with the credentials of every URL in it replaced by {@value #HIDDEN}; null reads "null". */
    public static String redact(String text) {
        if (text == null) {
            return "null";
        }
        String withoutSecrets = USER_AND_SECRET.matcher(text).replaceAll("//$1:" + HIDDEN + "@");
        return LONE_USER_PART.matcher(withoutSecrets).replaceAll(m ->
                m.group().equals("//" + HIDDEN + "@") ? m.group() : "//" + HIDDEN + "@");
    }
}
