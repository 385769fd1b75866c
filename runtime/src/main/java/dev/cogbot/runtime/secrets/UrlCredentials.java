package dev.cogbot.runtime.secrets;

import java.util.regex.Pattern;

/**
 * Hides the credentials URLs carry in their user part ({@code http://user:secret@proxy/...}), in a URL
 * or in any text quoting one (an error message, a log line), so that they are shown no more than a
 * token is.
 *
 * <p>A secret may hold an unencoded {@code @} or {@code /} ({@code http://bot:p@ss/word@proxy/}): the user
 * part then runs to the <em>last</em> {@code @} before the query, the fragment or the end of the URL, so
 * nothing of the secret shows. Showing too little beats leaking: a colon followed by digits and a
 * {@code /} is read as a port ({@code http://127.0.0.1:9/api/v10/users/@me} stays as it is).
 *
 * <pre>{@code
 * UrlCredentials.redact("cannot reach http://bot:hunter2@proxy:8080/api/v10/")
 *     // "cannot reach http://bot:***@proxy:8080/api/v10/"
 * }</pre>
 */
public final class UrlCredentials {

    /** Shown instead of a secret. */
    public static final String HIDDEN = "***";

    /**
     * {@code //user:secret@}: the user stays, as it names who, the secret goes up to the last {@code @}
     * of the URL before its query or fragment. Digits then {@code /} after the colon are a port, not a secret.
     */
    private static final Pattern USER_AND_SECRET =
            Pattern.compile("//([^/@:;?#\\s]*):(?!\\d+/)[^?#\\s]*@");
    /** {@code //secret@} without a colon: a lone token in the user part (even one holding {@code @}), so all of it goes. */
    private static final Pattern LONE_USER_PART =
            Pattern.compile("//[^/@:;?#\\s]+(?:@[^/@:;?#\\s]+)*@");

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
