package dev.cogbot.runtime.transport.discord;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.JDAInfo;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * One GET of Discord's REST API as the bot, before JDA logs in: what the bot must know to log in
 * the right way (the application's flags, the shard count). The base may be a proxy's.
 */
final class DiscordGet {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private DiscordGet() {
    }

    /** {@code GET path} on the REST base with the bot's token; the answer, whatever its status. */
    static HttpResponse<String> send(Optional<String> restBase, DiscordToken token, String path)
            throws IOException, InterruptedException {
        String base = restBase.orElse(RestConfig.DEFAULT_BASE_URL);
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(TIMEOUT)
                    .header("Authorization", "Bot " + token.reveal())
                    .header("User-Agent", "DiscordBot (" + JDAInfo.GITHUB + ", " + JDAInfo.VERSION + ")")
                    .GET().build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
