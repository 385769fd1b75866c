package dev.cogbot.runtime.install;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import dev.cogbot.runtime.secrets.UrlCredentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where {@code cogbot install} looks for plugins: the local Maven repository first, then the remote
 * ones in order.
 *
 * <pre>{@code
 * InstallSettings where = InstallSettings.from(config);
 * // install.repositories=https://repo.example.org/plugins/, file:///srv/maven
 * // install.local-repository=/home/bot/.m2/repository
 * }</pre>
 *
 * @param repositories    the remote repositories' URLs ({@code https:}, {@code file:}, or {@code http:} on this machine), in order
 * @param localRepository the local Maven repository: read first, and where downloads are kept
 */
public record InstallSettings(List<URI> repositories, Path localRepository) {

    public static final String REPOSITORIES = "install.repositories";
    public static final String LOCAL_REPOSITORY = "install.local-repository";
    /** Maven Central, where most public Java artifacts are. */
    public static final String DEFAULT_REPOSITORY = "https://repo.maven.apache.org/maven2/";

    public InstallSettings {
        repositories = List.copyOf(repositories);
    }

    /**
     * {@value #REPOSITORIES} (comma-separated URLs, default Maven Central) and {@value #LOCAL_REPOSITORY}
     * (default the user's {@code ~/.m2/repository}).
     *
     * @throws ConfigException naming the key if a URL is not an https or file URL (http only on this machine)
     */
    public static InstallSettings from(BotConfig config) {
        List<URI> urls = new ArrayList<>();
        for (String entry : config.get(REPOSITORIES).orElse(DEFAULT_REPOSITORY).split(",")) {
            if (!entry.isBlank()) {
                urls.add(url(entry.strip(), config));
            }
        }
        if (urls.isEmpty()) {
            urls.add(URI.create(DEFAULT_REPOSITORY));
        }
        Path local = config.get(LOCAL_REPOSITORY).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".m2", "repository"));
        return new InstallSettings(urls, local.toAbsolutePath().normalize());
    }

    /** This machine's own address: a repository proxy or a test server, never on the network. */
    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return bare.equalsIgnoreCase("localhost") || bare.startsWith("127.") || bare.equals("::1");
    }

    private static URI url(String given, BotConfig config) {
        try {
            URI url = new URI(given);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") && url.getHost() != null && !isLoopback(url.getHost())) {
                // a checksum fetched over the same plain channel proves nothing against tampering,
                // and a login in the URL would travel in the clear
                throw new ConfigException("setting " + REPOSITORIES + " (from " + config.source(REPOSITORIES)
                        + "): '" + UrlCredentials.redact(given) + "' is plain http, which anyone on the way can"
                        + " read and change; use its https: URL (plain http is only for this machine's own address)");
            }
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null
                    || scheme.equals("file") && url.getPath() != null) {
                return url;
            }
        } catch (URISyntaxException notAUrl) {
            // said below, with the key
        }
        throw new ConfigException("setting " + REPOSITORIES + " (from " + config.source(REPOSITORIES) + ") must be"
                + " comma-separated https:, http: or file: URLs of Maven repositories, got '"
                + UrlCredentials.redact(given) + "'");
    }
}
