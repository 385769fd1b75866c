package dev.cogbot.runtime.settings;

import dev.cogbot.runtime.secrets.UrlCredentials;

/**
 * A value set for a setting a plugin declares is not one it takes; the plugin is not loaded. The
 * message is one line naming the full key, where the value was set, what it must be and the value:
 * {@code setting jokes.reply-timeout (from COGBOT_JOKES_REPLY_TIMEOUT) must be a duration such as
 * 30s, 5m or 1h, longer than 0, got 'soon'}.
 *
 * <p>An {@link IllegalArgumentException}, as a wrong value read in {@code onLoad} always was.
 */
public final class BadSettingException extends IllegalArgumentException {

    /** The most of a wrong value quoted: enough to recognise it, short enough for one line. */
    static final int QUOTED = 64;

    private final String key;

    BadSettingException(String key, String source, String expected, String value) {
        super("setting " + key + " (from " + source + ") must be " + expected + ", got '" + quoted(value) + "'");
        this.key = key;
    }

    /** The full key, e.g. {@code jokes.reply-timeout}. */
    public String key() {
        return key;
    }

    /** Short, and without a URL's password: the line is logged. */
    private static String quoted(String value) {
        String shown = UrlCredentials.redact(value);
        return shown.length() <= QUOTED ? shown : shown.substring(0, QUOTED) + "…";
    }
}
