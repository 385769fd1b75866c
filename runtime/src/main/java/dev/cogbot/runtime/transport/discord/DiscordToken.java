package dev.cogbot.runtime.transport.discord;

import dev.cogbot.runtime.secrets.SecretFile;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A bot token. It prints as asterisks, so it cannot end up in a log line or an error message by
 * accident; only {@link #reveal()} gives the text, for JDA.
 */
public final class DiscordToken {

    private final String value;
    private final String source;

    private DiscordToken(String value, String source) {
        this.value = value;
        this.source = source;
    }

    /** A token from {@code source} (e.g. "DISCORD_TOKEN"), for messages that must say where it came from. */
    public static DiscordToken of(String value, String source) {
        String token = Objects.requireNonNull(value, "value").strip();
        if (token.isEmpty()) {
            throw new IllegalArgumentException("the Discord token from " + source + " is empty");
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the Discord token from " + source
                    + " contains spaces or line breaks; put only the token in it");
        }
        return new DiscordToken(token, source);
    }

    /**
     * Reads a token file, warning if others can read it.
     *
     * @throws IllegalArgumentException with a one-line reason if it cannot be read
     */
    public static DiscordToken fromFile(Path file) {
        return of(SecretFile.read(file, "token"), "the token file " + file);
    }

    /** The first token found: the token file, then the environment, then the config. */
    public static Optional<DiscordToken> find(Path tokenFile, String fromEnvironment, String fromConfig) {
        if (tokenFile != null) {
            return Optional.of(fromFile(tokenFile));
        }
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(of(fromEnvironment, "DISCORD_TOKEN"));
        }
        if (fromConfig != null && !fromConfig.isBlank()) {
            return Optional.of(of(fromConfig, "discord.token in the config"));
        }
        return Optional.empty();
    }

    /** The token itself; only for handing to JDA. */
    String reveal() {
        return value;
    }

    /** Where it came from, for messages. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "DiscordToken[****]";
    }
}
