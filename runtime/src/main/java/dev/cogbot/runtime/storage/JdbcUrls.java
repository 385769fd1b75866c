package dev.cogbot.runtime.storage;

import dev.cogbot.runtime.secrets.UrlCredentials;
import java.util.regex.Pattern;

/**
 * Makes JDBC URLs safe to show: URLs may carry credentials ({@code ;PASSWORD=...},
 * {@code ?password=...}, {@code //user:secret@host}) and error messages and logs must not.
 *
 * <pre>{@code
 * JdbcUrls.redact("jdbc:postgresql://bot:hunter2@db/cogbot?password=x")
 *     // "jdbc:postgresql://bot:***@db/cogbot?password=***"
 * }</pre>
 */
public final class JdbcUrls {

    /** {@code password=...} (also {@code pwd}, any case) up to the next separator of any URL style. */
    private static final Pattern PASSWORD_SETTING =
            Pattern.compile("(?i)\\b(password|pwd)=[^;&?]*");

    private JdbcUrls() {
    }

    /** {@code url} with every password replaced by {@code ***}. */
    public static String redact(String url) {
        if (url == null) {
            return "null";
        }
        String withoutSettings = PASSWORD_SETTING.matcher(url).replaceAll("$1=***");
        return UrlCredentials.redact(withoutSettings);
    }
}
