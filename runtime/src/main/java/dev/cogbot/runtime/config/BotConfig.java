package dev.cogbot.runtime.config;

import dev.cogbot.api.Durations;
import dev.cogbot.runtime.secrets.SecretFile;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.JdbcUrls;
import dev.cogbot.runtime.storage.StoreOptions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's settings, immutable: values from {@code cogbot.properties}, each overridable by an
 * environment variable, each of those overridable programmatically (command-line flags, tests).
 *
 * <p>Key {@code jokes.reply-timeout} is overridden by {@code COGBOT_JOKES_REPLY_TIMEOUT}: upper
 * case, with dots and dashes as underscores. Blank values count as unset anywhere, so an empty
 * {@code COGBOT_PREFIX=} in a compose file does not wipe the file's prefix.
 *
 * <pre>{@code
 * BotConfig config = BotConfig.load(Path.of("cogbot.properties"), System.getenv())
 *         .withOverride("prefix", "?");
 * String prefix = config.prefix();                       // "?"
 * Settings jokes = config.forPlugin("jokes");            // reads jokes.* keys
 * }</pre>
 *
 * <p>Values of keys whose name mentions a token, secret or password never reach a log or
 * {@link #toString()}.
 */
public final class BotConfig {

    public static final String DEFAULT_PREFIX = "!";

    private static final Logger log = LoggerFactory.getLogger(BotConfig.class);
    private static final String ENV_PREFIX = "COGBOT_";
    private static final String HIDDEN = "****";

    /** The file as named in messages, or {@code null} when there is none. */
    private final Path file;
    private final Map<String, String> fileValues;
    private final Map<String, String> env;
    private final Map<String, String> overrides;

    private BotConfig(Path file, Map<String, String> fileValues, Map<String, String> env, Map<String, String> overrides) {
        this.file = file;
        this.fileValues = Map.copyOf(fileValues);
        this.env = Map.copyOf(env);
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Reads {@code propertiesFile} (UTF-8) and keeps the {@code COGBOT_*} entries of {@code env}. A
     * missing file means defaults.
     *
     * @throws ConfigException naming the file if it exists but cannot be read or parsed
     */
    public static BotConfig load(Path propertiesFile, Map<String, String> env) {
        Objects.requireNonNull(propertiesFile, "propertiesFile");
        Map<String, String> cogbotEnv = env.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null && e.getKey().startsWith(ENV_PREFIX))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, String> values = read(propertiesFile);
        log.debug("Settings from {}: {}; from the environment: {}", propertiesFile,
                new TreeSet<>(values.keySet()), new TreeSet<>(cogbotEnv.keySet()));
        return new BotConfig(propertiesFile, values, cogbotEnv, Map.of());
    }

    /** No file, no environment: every key at its default. For tests. */
    public static BotConfig empty() {
        return new BotConfig(null, Map.of(), Map.of(), Map.of());
    }

    /** {@code values} as if read from a config file, with no environment: what the test kit's bot is given. */
    public static BotConfig of(Map<String, String> values) {
        return new BotConfig(null, values, Map.of(), Map.of());
    }

    /** Where a key's value comes from. */
    public enum Origin {
        /** Nobody set it. */
        DEFAULT,
        /** The config file. */
        FILE,
        /** A {@code COGBOT_*} environment variable. */
        ENVIRONMENT,
        /** A command-line flag (or a test). */
        OVERRIDE
    }

    /** Where {@code key}'s value comes from, as {@link #get} chooses it. */
    public Origin origin(String key) {
        if (nonBlank(overrides.get(key)).isPresent()) {
            return Origin.OVERRIDE;
        }
        if (nonBlank(env.get(envName(key))).isPresent()) {
            return Origin.ENVIRONMENT;
        }
        return nonBlank(fileValues.get(key)).isPresent() ? Origin.FILE : Origin.DEFAULT;
    }

    /**
     * The names under which something is set that starts with {@code prefix} (e.g. {@code jokes.}):
     * keys of the file and of the overrides, and the environment variables starting with the
     * prefix's {@link #envName}, as written, sorted.
     */
    public Set<String> namesSetUnder(String prefix) {
        Set<String> names = new TreeSet<>();
        String envPrefix = envName(prefix);
        fileValues.forEach((key, value) -> {
            if (key.startsWith(prefix) && !value.isBlank()) names.add(key);
        });
        overrides.forEach((key, value) -> {
            if (key.startsWith(prefix) && !value.isBlank()) names.add(key);
        });
        env.forEach((name, value) -> {
            if (name.startsWith(envPrefix) && !value.isBlank()) names.add(name);
        });
        return names;
    }

    /** A copy in which {@code key} is {@code value}, whatever the file and environment say. */
    public BotConfig withOverride(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Map<String, String> changed = new HashMap<>(overrides);
        changed.put(key, value);
        return new BotConfig(file, fileValues, env, changed);
    }

    /** The environment variable that overrides {@code key}: {@code jokes.reply-timeout} → {@code COGBOT_JOKES_REPLY_TIMEOUT}. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Whether {@code key}'s value must never be shown: its name mentions a token, secret or password. */
    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("token") || k.contains("secret") || k.contains("password");
    }

    /** The stripped value of {@code key}: an override, else the environment, else the file; blank counts as unset. */
    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return nonBlank(overrides.get(key))
                .or(() -> nonBlank(env.get(envName(key))))
                .or(() -> nonBlank(fileValues.get(key)));
    }

    /**
     * What chat commands start with; {@code !} unless {@code prefix} says otherwise.
     *
     * @throws ConfigException if the prefix contains whitespace (messages are split on it)
     */
    public String prefix() {
        String prefix = get("prefix").orElse(DEFAULT_PREFIX);
        if (prefix.codePoints().anyMatch(Character::isWhitespace)) {
            throw new ConfigException("prefix must be one word without spaces, got '" + prefix + "' (from "
                    + source("prefix") + ")");
        }
        return prefix;
    }

    /** User ids allowed to run owner-only commands, from the comma-separated {@code owners} key. */
    public Set<String> owners() {
        Set<String> owners = new LinkedHashSet<>();
        for (String owner : get("owners").orElse("").split(",")) {
            if (!owner.isBlank()) {
                owners.add(owner.strip());
            }
        }
        return Collections.unmodifiableSet(owners);
    }

    /**
     * The database to use: {@code jdbc-url} if set, else an H2 file in {@code dataDir}.
     *
     * @see JdbcStore#defaultUrl(Path)
     */
    public String jdbcUrl(Path dataDir) {
        return get("jdbc-url").orElseGet(() -> JdbcStore.defaultUrl(dataDir));
    }

    /**
     * The database user's password, given apart from {@code jdbc-url} so that it is in no URL: the
     * text of the file {@code jdbc-password-file} names, else {@code jdbc-password} (best from the
     * environment, as {@code COGBOT_JDBC_PASSWORD}); empty if the URL carries what the database needs.
     *
     * @throws ConfigException if the password file cannot be read
     */
    public Optional<String> jdbcPassword() {
        Optional<String> file = get("jdbc-password-file");
        if (file.isPresent()) {
            try {
                return Optional.of(SecretFile.read(Path.of(file.get()), "database password"));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage() + " (jdbc-password-file from " + source("jdbc-password-file") + ")", e);
            }
        }
        return get("jdbc-password");
    }

    /**
     * How the store connects, beyond {@code jdbc-url}: {@code store.connection-timeout}, how long a
     * store call waits for a connection (the database down or restarting) before it fails.
     *
     * <pre>{@code
     * JdbcStore store = JdbcStore.open(config.jdbcUrl(dataDir), config.jdbcPassword(), config.storeOptions());
     * }</pre>
     *
     * @throws ConfigException naming the key and where its value came from if it is no duration of
     *                         at least {@link StoreOptions#LEAST_CONNECTION_TIMEOUT}
     */
    public StoreOptions storeOptions() {
        String key = "store.connection-timeout";
        Duration timeout = duration(key, StoreOptions.DEFAULT_CONNECTION_TIMEOUT);
        if (timeout.compareTo(StoreOptions.LEAST_CONNECTION_TIMEOUT) < 0) {
            throw new ConfigException("setting " + key + " (from " + source(key) + ") must be at least "
                    + StoreOptions.LEAST_CONNECTION_TIMEOUT.toMillis() + "ms, got '" + get(key).orElse("") + "'");
        }
        return StoreOptions.DEFAULTS.withConnectionTimeout(timeout);
    }

    /**
     * {@code key} as a duration such as {@code 90s}, {@code 5m} or {@code 1h30m}; a bare number
     * is seconds.
     *
     * @throws ConfigException naming the key and where its value came from if it is not a duration
     */
    public Duration duration(String key, Duration fallback) {
        return get(key).map(value -> {
            try {
                return Durations.parse(value, ChronoUnit.SECONDS);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("setting " + key + " (from " + source(key) + "): " + e.getMessage(), e);
            }
        }).orElse(fallback);
    }

    /**
     * {@code key} as a duration longer than zero, as {@link #duration} reads it, or {@code off}: empty.
     *
     * <pre>{@code
     * Optional<Duration> warnAfter = config.durationOrOff("limits.busy-command-warning", Duration.ofSeconds(10));
     * }</pre>
     *
     * @throws ConfigException naming the key and where its value came from if it is neither
     */
    public Optional<Duration> durationOrOff(String key, Duration fallback) {
        if (get(key).map(value -> value.strip().equalsIgnoreCase("off")).orElse(false)) {
            return Optional.empty();
        }
        Duration duration = duration(key, fallback);
        if (duration.isZero() || duration.isNegative()) {
            throw new ConfigException("setting " + key + " (from " + source(key) + ") must be longer than 0, or off,"
                    + " got '" + get(key).orElse("") + "'");
        }
        return Optional.of(duration);
    }

    /**
     * {@code key} as a whole number of at least {@code least}.
     *
     * @throws ConfigException naming the key and where its value came from if it is not one
     */
    public int wholeNumber(String key, int fallback, int least) {
        return get(key).map(value -> {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new ConfigException("setting " + key + " (from " + source(key) + ") must be a whole number, got '"
                        + value + "'", e);
            }
            if (number < least) {
                throw new ConfigException("setting " + key + " (from " + source(key) + ") must be at least " + least
                        + ", got " + number);
            }
            return number;
        }).orElse(fallback);
    }

    /** The settings plugin {@code pluginId} sees: its keys without the {@code <pluginId>.} prefix. */
    public PluginSettings forPlugin(String pluginId) {
        return new PluginSettings(this, pluginId);
    }

    /**
     * Where {@code key}'s value comes from, for error messages: e.g. {@code COGBOT_PREFIX} or
     * {@code prefix in cogbot.properties}.
     */
    public String source(String key) {
        if (nonBlank(overrides.get(key)).isPresent()) {
            return key + " set on the command line";
        }
        if (nonBlank(env.get(envName(key))).isPresent()) {
            return envName(key);
        }
        if (nonBlank(fileValues.get(key)).isPresent()) {
            return key + " in " + (file == null ? "the bot's settings" : file);
        }
        return "the default of " + key;
    }

    /** The file's keys and the overrides with their effective values; secrets and URL passwords hidden. */
    @Override
    public String toString() {
        Set<String> keys = new TreeSet<>(fileValues.keySet());
        keys.addAll(overrides.keySet());
        return keys.stream()
                .map(key -> key + "=" + get(key).map(value -> shown(key, value)).orElse(""))
                .collect(Collectors.joining(", ", "BotConfig[file=" + (file == null ? "none" : file) + "; ", "]"));
    }

    /** {@code value} as it may appear in logs and messages. */
    static String shown(String key, String value) {
        return isSecret(key) ? HIDDEN : JdbcUrls.redact(value);
    }

    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        // UTF-8, not the Latin-1 of Properties.load(InputStream): people write names and emoji here.
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            log.info("No {}; using defaults and COGBOT_* environment variables", file);
            return Map.of();
        } catch (CharacterCodingException e) {
            throw new ConfigException("cannot read " + file + ": it is not UTF-8 text. Save it as UTF-8", e);
        } catch (AccessDeniedException e) {
            throw new ConfigException("cannot read " + file + ": permission denied. Make it readable by the bot's user", e);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + firstLine(e) + ". Check that it is a readable file", e);
        } catch (IllegalArgumentException e) {
            // Properties reports a bad \\uXXXX escape this way.
            throw new ConfigException(file + " is malformed: " + firstLine(e) + ". Check its backslash escapes", e);
        }
        Map<String, String> values = new HashMap<>();
        properties.forEach((key, value) -> values.put(key.toString().strip(), value.toString()));
        return values;
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.strip().lines().findFirst().orElse(message);
    }
}
