package dev.cogbot.runtime.transport.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogbot.runtime.secrets.UrlCredentials;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot application's flags, asked of Discord ({@code GET applications/@me}) before logging in:
 * they say whether the developer portal lets the bot ask for the privileged Message Content intent,
 * so that a bot without it connects without it instead of being refused (close code 4014).
 */
final class ApplicationFlags {

    /** Message Content allowed, for a verified bot Discord approved. */
    static final long GATEWAY_MESSAGE_CONTENT = 1L << 18;
    /** Message Content allowed, for a bot in fewer than 100 servers with the portal's toggle on. */
    static final long GATEWAY_MESSAGE_CONTENT_LIMITED = 1L << 19;

    private static final Logger log = LoggerFactory.getLogger(ApplicationFlags.class);

    private ApplicationFlags() {
    }

    /** Whether {@code flags} let the bot ask for the Message Content intent. */
    static boolean allowMessageContent(long flags) {
        return (flags & (GATEWAY_MESSAGE_CONTENT | GATEWAY_MESSAGE_CONTENT_LIMITED)) != 0;
    }

    /**
     * The flags, or empty when Discord could not be asked (unreachable, a refused token, a proxy
     * that needs its own credentials): the login that follows then says what is wrong.
     */
    static Optional<Long> fetch(Optional<String> restBase, DiscordToken token) {
        try {
            HttpResponse<String> response = DiscordGet.send(restBase, token, "applications/@me");
            if (response.statusCode() != 200) {
                log.debug("Discord answered {} when asked for the application's flags", response.statusCode());
                return Optional.empty();
            }
            JsonNode flags = new ObjectMapper().readTree(response.body()).path("flags");
            return flags.canConvertToLong() ? Optional.of(flags.asLong()) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Could not ask Discord whether the bot may read message content ({}); asking for the intent anyway",
                    UrlCredentials.redact(e.toString()));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
