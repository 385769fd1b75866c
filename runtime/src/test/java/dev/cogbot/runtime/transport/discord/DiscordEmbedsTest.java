package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Embed;
import java.time.Instant;
import net.dv8tion.jda.api.EmbedBuilder;
import org.junit.jupiter.api.Test;

class DiscordEmbedsTest {

    @Test
    void everyPartSurvivesTheWayToJdaAndBack() {
        Embed embed = Embed.builder()
                .title("Lunch?")
                .description("Pizza wins.")
                .field("🍕 Pizza", "5 votes", true)
                .field("🥗 Salad", "2 votes", false)
                .colour(0x5865F2)
                .footer("Poll by alice")
                .image("https://example.com/pizza.png")
                .timestamp(Instant.parse("2026-12-03T12:00:00Z"))
                .build();

        assertThat(DiscordEmbeds.fromJda(DiscordEmbeds.toJda(embed))).contains(embed);
    }

    @Test
    void blackIsAColourToo() {
        Embed black = Embed.builder().title("Night").colour(0).build();

        assertThat(DiscordEmbeds.fromJda(DiscordEmbeds.toJda(black)).orElseThrow().colour()).hasValue(0);
    }

    @Test
    void aLinkPreviewWithNothingTheApiModelsIsLeftOut() {
        assertThat(DiscordEmbeds.fromJda(new EmbedBuilder().setThumbnail("https://example.com/t.png").build())).isEmpty();
    }
}
