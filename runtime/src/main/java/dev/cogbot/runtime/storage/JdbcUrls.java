package dev.cogbot.runtime.storage;

import dev.cogbot.runtime.secrets.UrlCredentials;
import java.util.regex.Pattern;

/**
 * Makes JDBC URLs safe to show: URLs may carry credentials ({@code ;PASSWORD=...},
 * {@code ;FILE_PASSWORD=...}, {@code ?password=...}, {@code //user:secret@host}, Oracle's
 * {@code user/secret@host}) and error messages and logs must not.
 *
 * <pre>{@code
 * JdbcUrls.redact("jdbc:postgresql://bot:hunter2@db/cogbot?sslpassword=x")
 *     // "jdbc:postgresql://bot:***@db/cogbot?sslpassword=***"
 * }</pre>
 */
public final class JdbcUrls {

    /**
     * Any setting whose name ends in {@code password}, {@code passwd} or {@code pwd} (any case, any prefix:
     * H2's {@code FILE_PASSWORD}, {@code sslpassword}, {@code trustStorePassword}), in any position, up to
     * the next {@code ;} or {@code &}. A {@code ?} does not end it, as it may be part of the secret.
     */
    private static final Pattern PASSWORD_SETTING =
            Pattern.compile("(?i)([a-z0-9_.\\-]*(?:password|passwd|pwd))=[^;&]*");
    /** Oracle's {@code jdbc:oracle:thin:user/secret@host}: the secret runs to the last {@code @} of the URL. */
    private static final Pattern ORACLE_USER_AND_SECRET =
            Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]+:)([^/@\\s]+)/\\S*@(?=[^@\\s]*(?:\\s|$))");

    private JdbcUrls() {
    }

    /** {@code url} with every password replaced by {@code ***}; null reads "null". */
    public static String redact(String url) {
        if (url == null) {
            return "null";
        }
        String withoutSettings = PASSWORD_SETTING.matcher(url).replaceAll("$1=" + UrlCredentials.HIDDEN);
        String withoutOracleSecret = ORACLE_USER_AND_SECRET.matcher(withoutSettings)
                .replaceAll("$1$2/" + UrlCredentials.HIDDEN + "@");
        return UrlCredentials.redact(withoutOracleSecret);
    }
}
