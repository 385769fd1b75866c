package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordToken;
import dev.cogbot.runtime.secrets.UrlCredentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How {@code cogbot run} reaches Discord. There is deliberately no option that takes the token
 * itself: a command line is visible to every user in {@code ps}.
 */
final class DiscordFlags {

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the bot token (chmod 600). Or set DISCORD_TOKEN, or discord.token in the config.")
    Path tokenFile;

    @Option(names = "--api-base-url", paramLabel = "URL",
            description = "Send Discord REST traffic to this base URL (e.g. a rate-limit proxy); the gateway address is asked of it too.")
    URI apiBaseUrl;

    @Option(names = "--shards", paramLabel = "RANGE",
            description = {"Run these shards in this process, e.g. 0-3 (with --total-shards).",
                    "In a cluster (cluster.enabled=true) a node without it takes its share of the shards by lease."})
    String shards;

    @Option(names = "--total-shards", paramLabel = "N", description = "How many shards the bot has in all.")
    Integer totalShards;

    @Option(names = "--token", hidden = true, paramLabel = "TOKEN")
    String tokenOnTheCommandLine;

    /**
     * The Discord connection the flags, the environment and the config ask for; empty for the console.
     *
     * @throws DiscordSetupException with a one-line reason if they are wrong
     */
    Optional<DiscordOptions> resolve(BotConfig config, Map<String, String> environment) {
        if (tokenOnTheCommandLine != null) {
            throw new DiscordSetupException("a token on the command line can be read by every user of this machine; "
                    + "put it in DISCORD_TOKEN or a file given with --token-file instead");
        }
        Optional<DiscordToken> token;
        try {
            token = DiscordToken.find(tokenFile, environment.get("DISCORD_TOKEN"), config.get("discord.token").orElse(null));
        } catch (IllegalArgumentException e) {
            throw new DiscordSetupException(e.getMessage());
        }
        if (token.isEmpty()) {
            if (apiBaseUrl != null || shards != null || totalShards != null) {
                throw new DiscordSetupException("Discord options were given but no token: set DISCORD_TOKEN or use --token-file");
            }
            return Optional.empty();
        }
        return Optional.of(new DiscordOptions(token.get(), apiBase(config), shardRange(config), memberEvents(config),
                messageContent(config)));
    }

    /** {@code discord.message-content}: {@code auto} unless set to {@code required}. */
    private static DiscordOptions.MessageContent messageContent(BotConfig config) {
        return config.get("discord.message-content").map(String::strip).map(value -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> DiscordOptions.MessageContent.AUTO;
            case "required" -> DiscordOptions.MessageContent.REQUIRED;
            default -> throw new DiscordSetupException("discord.message-content is '" + value + "' in "
                    + config.source("discord.message-content") + "; set it to auto or required");
        }).orElse(DiscordOptions.MessageContent.AUTO);
    }

    /** {@code discord.member-events}: off unless set to true, as the intent it needs is privileged. */
    private static boolean memberEvents(BotConfig config) {
        return config.get("discord.member-events").map(String::strip).map(value -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new DiscordSetupException("discord.member-events is '" + value + "' in "
                    + config.source("discord.member-events") + "; set it to true or false");
        }).orElse(false);
    }

    private Optional<URI> apiBase(BotConfig config) {
        if (apiBaseUrl != null) {
            return Optional.of(checked(apiBaseUrl.toString()));
        }
        return config.get("discord.api-base-url").map(DiscordFlags::checked);
    }

    private static URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new DiscordSetupException("the API base URL '" + UrlCredentials.redact(url) + "' is not usable: "
                    + e.getReason() + "; it looks like https://host:port/api/v10/");
        }
        if (uri.getScheme().equals("http") && !isLoopback(uri.getHost())) {
            // every request carries the token
            throw new DiscordSetupException("the API base URL " + UrlCredentials.redact(url) + " would send the bot token "
                    + "unencrypted over the network; use https, or plain http only to this machine");
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /**
     * Whether a shard range was named ({@code --shards} or {@code discord.shards}), rather than only a
     * count: a cluster's node then holds that range instead of taking its share.
     */
    boolean pinsShards(BotConfig config) {
        return shards != null || config.get("discord.shards").isPresent();
    }

    private Optional<DiscordOptions.Shards> shardRange(BotConfig config) {
        String range = shards != null ? shards : config.get("discord.shards").orElse(null);
        String total = totalShards != null ? totalShards.toString() : config.get("discord.total-shards").orElse(null);
        if (range == null && total == null) {
            return Optional.empty();
        }
        try {
            int all = total == null ? 1 : Integer.parseInt(total.strip());
            return Optional.of(DiscordOptions.Shards.parse(range == null ? "0-" + (all - 1) : range, all));
        } catch (IllegalArgumentException e) {
            throw new DiscordSetupException(e.getMessage());
        }
    }
}
