package dev.cogbot.runtime.transport.discord;

import dev.cogbot.api.Embed;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** The api's {@link Embed} in JDA's terms, and back. */
final class DiscordEmbeds {

    private DiscordEmbeds() {
    }

    static List<MessageEmbed> toJda(List<Embed> embeds) {
        return embeds.stream().map(DiscordEmbeds::toJda).toList();
    }

    static MessageEmbed toJda(Embed embed) {
        EmbedBuilder builder = new EmbedBuilder();
        embed.title().ifPresent(builder::setTitle);
        embed.description().ifPresent(builder::setDescription);
        embed.fields().forEach(f -> builder.addField(f.name(), f.value(), f.inline()));
        embed.colour().ifPresent(builder::setColor);
        embed.footer().ifPresent(builder::setFooter);
        embed.imageUrl().ifPresent(builder::setImage);
        embed.timestamp().ifPresent(builder::setTimestamp);
        return builder.build();
    }

    /**
     * The embeds a message carries, as far as the api can tell them. A link preview with nothing but a
     * thumbnail has no part the api models: it is left out rather than failing the whole message.
     */
    static List<Embed> fromJda(List<MessageEmbed> embeds) {
        return embeds.stream().map(DiscordEmbeds::fromJda).flatMap(Optional::stream).toList();
    }

    static Optional<Embed> fromJda(MessageEmbed embed) {
        Embed.Builder builder = Embed.builder();
        try {
            if (!isBlank(embed.getTitle())) {
                builder.title(embed.getTitle());
            }
            if (!isBlank(embed.getDescription())) {
                builder.description(embed.getDescription());
            }
            for (MessageEmbed.Field field : embed.getFields()) {
                if (!isBlank(field.getName()) && !isBlank(field.getValue())) {
                    builder.field(field.getName(), field.getValue(), field.isInline());
                }
            }
            if (embed.getColor() != null) {
                builder.colour(embed.getColorRaw() & 0xFFFFFF);
            }
            if (embed.getFooter() != null && !isBlank(embed.getFooter().getText())) {
                builder.footer(embed.getFooter().getText());
            }
            if (embed.getImage() != null && embed.getImage().getUrl() != null) {
                builder.image(embed.getImage().getUrl());
            }
            if (embed.getTimestamp() != null) {
                builder.timestamp(embed.getTimestamp().withOffsetSameInstant(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(builder.build());
        } catch (IllegalArgumentException nothingTheApiModels) {
            return Optional.empty();
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
