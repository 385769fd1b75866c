package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmbedTest {

    @Test
    void holdsEveryPartItWasGiven() {
        Instant when = Instant.parse("2026-12-03T12:00:00Z");
        Embed embed = Embed.builder()
                .title("Lunch?")
                .description("Pizza wins.")
                .field("🍕 Pizza", "5 votes", true)
                .colour(0x5865F2)
                .footer("Poll by alice")
                .image("https://example.com/pizza.png")
                .timestamp(when)
                .build();

        assertThat(embed.title()).contains("Lunch?");
        assertThat(embed.description()).contains("Pizza wins.");
        assertThat(embed.fields()).containsExactly(new Embed.Field("🍕 Pizza", "5 votes", true));
        assertThat(embed.colour()).hasValue(0x5865F2);
        assertThat(embed.footer()).contains("Poll by alice");
        assertThat(embed.imageUrl()).contains("https://example.com/pizza.png");
        assertThat(embed.timestamp()).contains(when);
    }

    @Test
    void partsLeftOutAreEmpty() {
        Embed embed = Embed.builder().title("Just a title").build();

        assertThat(embed.description()).isEmpty();
        assertThat(embed.fields()).isEmpty();
        assertThat(embed.colour()).isEmpty();
        assertThat(embed.footer()).isEmpty();
        assertThat(embed.imageUrl()).isEmpty();
        assertThat(embed.timestamp()).isEmpty();
    }

    @Test
    void anEmbedWithNothingToShowIsRefused() {
        assertThatThrownBy(() -> Embed.builder().colour(0xFF0000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an embed needs a title, a description, a field, a footer or an image");
    }

    @Test
    void aTitleOverDiscordsLimitIsRefusedWhereItIsSet() {
        assertThatThrownBy(() -> Embed.builder().title("x".repeat(Embed.MAX_TITLE + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an embed's title is 257 characters; Discord allows at most 256");
    }

    @Test
    void aTitleAtDiscordsLimitIsAccepted() {
        assertThat(Embed.builder().title("x".repeat(Embed.MAX_TITLE)).build().title()).hasValueSatisfying(
                t -> assertThat(t).hasSize(Embed.MAX_TITLE));
    }

    @Test
    void aBlankPartIsRefused() {
        assertThatThrownBy(() -> Embed.builder().description("   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an embed's description cannot be blank");
    }

    @Test
    void aFieldValueOverDiscordsLimitIsRefused() {
        assertThatThrownBy(() -> Embed.builder().field("Votes", "9".repeat(Embed.MAX_FIELD_VALUE + 1), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an embed's field value is 1025 characters; Discord allows at most 1024");
    }

    @Test
    void aTwentySixthFieldIsRefused() {
        Embed.Builder builder = Embed.builder();
        for (int i = 0; i < Embed.MAX_FIELDS; i++) {
            builder.field("f" + i, "v", true);
        }

        assertThatThrownBy(() -> builder.field("one more", "v", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an embed holds at most 25 fields");
    }

    @Test
    void moreTextThanDiscordAllowsInOneEmbedIsRefusedAtBuild() {
        Embed.Builder builder = Embed.builder().description("d".repeat(Embed.MAX_DESCRIPTION));
        builder.field("n", "v".repeat(Embed.MAX_FIELD_VALUE), false);
        builder.field("n", "v".repeat(Embed.MAX_FIELD_VALUE), false);

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an embed's text is 6146 characters in all; Discord allows at most 6000");
    }

    @Test
    void aColourOutsideRgbIsRefused() {
        assertThatThrownBy(() -> Embed.builder().colour(0x1000000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an embed's colour is 0xRRGGBB (0 to 0xFFFFFF), not 0x1000000");
    }

    @Test
    void anImageMustBeAWebOrAttachmentAddress() {
        assertThatThrownBy(() -> Embed.builder().image("file:///etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an embed's image address must start with https://, http:// or attachment://, not 'file:///etc/passwd'");
    }

    @Test
    void aMissingTitleIsANullPointerNamingIt() {
        assertThatThrownBy(() -> Embed.builder().title(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("title");
    }

    @Test
    void toBuilderMakesAChangedCopyAndLeavesTheOriginal() {
        Embed poll = Embed.builder().title("Lunch?").field("Pizza", "1", true).build();

        Embed counted = poll.toBuilder().field("Salad", "2", true).build();

        assertThat(counted.fields()).hasSize(2);
        assertThat(poll.fields()).hasSize(1);
        assertThat(counted.title()).isEqualTo(poll.title());
    }

    @Test
    void embedsWithTheSamePartsAreEqual() {
        assertThat(Embed.builder().title("a").field("n", "v", false).build())
                .isEqualTo(Embed.builder().title("a").field("n", "v", false).build())
                .hasSameHashCodeAs(Embed.builder().title("a").field("n", "v", false).build())
                .isNotEqualTo(Embed.builder().title("a").field("n", "v", true).build());
    }
}
