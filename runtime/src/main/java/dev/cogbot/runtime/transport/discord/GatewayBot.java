package dev.cogbot.runtime.transport.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogbot.runtime.secrets.UrlCredentials;
import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * What {@code GET gateway/bot} says before the bot logs in: how many shards Discord recommends, and
 * how many of them may log in at once ({@code session_start_limit.max_concurrency}). A cluster whose
 * shards are leased needs the count before any node logs in, when no {@code --total-shards} is given.
 *
 * <pre>{@code
 * int total = options.shards().map(DiscordOptions.Shards::total)
 *         .orElseGet(() -> GatewayBot.fetch(options).shards());
 * }</pre>
 *
 * @param shards         the recommended shard count
 * @param maxConcurrency how many shards may identify in the same 5 seconds (one per bucket)
 */
public record GatewayBot(int shards, int maxConcurrency) {

    public GatewayBot {
        if (shards < 1 || maxConcurrency < 1) {
            throw new IllegalArgumentException("Discord recommends at least one shard and one login at a time, not "
                    + shards + " and " + maxConcurrency);
        }
    }

    /**
     * Asks Discord.
     *
     * @throws DiscordLoginException if Discord refuses the token or cannot be reached, as at login
     */
    public static GatewayBot fetch(DiscordOptions options) {
        String where = options.restBase().map(base -> " at " + UrlCredentials.redact(base)).orElse("");
        try {
            HttpResponse<String> response = DiscordGet.send(options.restBase(), options.token(), "gateway/bot");
            if (response.statusCode() == 401) {
                throw new DiscordLoginException(DiscordLoginException.Reason.INVALID_TOKEN,
                        "Discord rejected the bot token from " + options.token().source()
                                + "; copy it again from the developer portal (Bot > Reset Token)");
            }
            if (response.statusCode() != 200) {
                throw new DiscordLoginException(DiscordLoginException.Reason.UNREACHABLE, "cannot ask Discord" + where
                        + " how many shards the bot needs: it answered HTTP " + response.statusCode()
                        + "; try again, or give the count with --total-shards");
            }
            JsonNode body = new ObjectMapper().readTree(response.body());
            return new GatewayBot(body.path("shards").asInt(1),
                    body.path("session_start_limit").path("max_concurrency").asInt(1));
        } catch (IOException | IllegalArgumentException e) {
            throw new DiscordLoginException(DiscordLoginException.Reason.UNREACHABLE, UrlCredentials.redact(
                    "cannot ask Discord" + where + " how many shards the bot needs: " + e.getMessage()
                            + "; give the count with --total-shards"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscordLoginException(DiscordLoginException.Reason.UNREACHABLE,
                    "interrupted while asking Discord how many shards the bot needs");
        }
    }
}
