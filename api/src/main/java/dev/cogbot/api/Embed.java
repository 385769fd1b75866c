package dev.cogbot.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A rich card attached to a message: title, description, fields, colour, footer, image and
 * timestamp. Immutable; built with {@link #builder()}, which checks Discord's limits as it goes so a
 * plugin learns of an over-long field where it wrote it, not from a failed send.
 *
 * <pre>{@code
 * Embed results = Embed.builder()
 *         .title("Lunch?")
 *         .description("Pizza wins.")
 *         .field("🍕 Pizza", "5 votes", true)
 *         .field("🥗 Salad", "2 votes", true)
 *         .colour(0x5865F2)
 *         .footer("Poll by alice")
 *         .timestamp(bot.now())
 *         .build();
 * ctx.send(results);
 * }</pre>
 *
 * The console prints an embed as indented lines; the test kit records it for assertions.
 */
public final class Embed {

    /** Discord's limits on an embed's parts, in characters (fields: in number). */
    public static final int MAX_TITLE = 256;
    public static final int MAX_DESCRIPTION = 4096;
    public static final int MAX_FIELDS = 25;
    public static final int MAX_FIELD_NAME = 256;
    public static final int MAX_FIELD_VALUE = 1024;
    public static final int MAX_FOOTER = 2048;
    public static final int MAX_URL = 2048;
    /** The most text all parts of one embed may hold together. */
    public static final int MAX_TOTAL = 6000;

    /**
     * One titled value in an embed; inline fields sit side by side.
     *
     * <pre>{@code
     * new Embed.Field("Votes", "5", true)
     * }</pre>
     */
    public record Field(String name, String value, boolean inline) {

        public Field {
            requireText("field name", name, MAX_FIELD_NAME);
            requireText("field value", value, MAX_FIELD_VALUE);
        }
    }

    private final String title;
    private final String description;
    private final List<Field> fields;
    private final Integer colour;
    private final String footer;
    private final String imageUrl;
    private final Instant timestamp;

    private Embed(Builder builder) {
        this.title = builder.title;
        this.description = builder.description;
        this.fields = List.copyOf(builder.fields);
        this.colour = builder.colour;
        this.footer = builder.footer;
        this.imageUrl = builder.imageUrl;
        this.timestamp = builder.timestamp;
    }

    /** A builder for a new embed; {@link Builder#build()} needs at least one part set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding everything this embed holds, to make a changed copy. */
    public Builder toBuilder() {
        Builder copy = new Builder();
        copy.title = title;
        copy.description = description;
        copy.fields.addAll(fields);
        copy.colour = colour;
        copy.footer = footer;
        copy.imageUrl = imageUrl;
        copy.timestamp = timestamp;
        return copy;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public List<Field> fields() {
        return fields;
    }

    /** The colour of the card's edge as {@code 0xRRGGBB}. */
    public OptionalInt colour() {
        return colour == null ? OptionalInt.empty() : OptionalInt.of(colour);
    }

    public Optional<String> footer() {
        return Optional.ofNullable(footer);
    }

    /** The address of the large image shown in the card. */
    public Optional<String> imageUrl() {
        return Optional.ofNullable(imageUrl);
    }

    /** The instant shown in the card's footer, in each reader's own time zone. */
    public Optional<Instant> timestamp() {
        return Optional.ofNullable(timestamp);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Embed that && Objects.equals(title, that.title)
                && Objects.equals(description, that.description) && fields.equals(that.fields)
                && Objects.equals(colour, that.colour) && Objects.equals(footer, that.footer)
                && Objects.equals(imageUrl, that.imageUrl) && Objects.equals(timestamp, that.timestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description, fields, colour, footer, imageUrl, timestamp);
    }

    @Override
    public String toString() {
        return "Embed[" + (title == null ? "" : title) + (fields.isEmpty() ? "" : ", " + fields.size() + " fields") + "]";
    }

    private static String requireText(String what, String text, int max) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("an embed's " + what + " cannot be blank");
        }
        if (text.length() > max) {
            throw new IllegalArgumentException("an embed's " + what + " is " + text.length()
                    + " characters; Discord allows at most " + max);
        }
        return text;
    }

    /** Collects an embed's parts; each setter checks its part against Discord's limit. */
    public static final class Builder {

        private String title;
        private String description;
        private final List<Field> fields = new ArrayList<>();
        private Integer colour;
        private String footer;
        private String imageUrl;
        private Instant timestamp;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = requireText("title", title, MAX_TITLE);
            return this;
        }

        public Builder description(String description) {
            this.description = requireText("description", description, MAX_DESCRIPTION);
            return this;
        }

        /** Adds a field after those already added; at most {@link #MAX_FIELDS}. */
        public Builder field(String name, String value, boolean inline) {
            if (fields.size() == MAX_FIELDS) {
                throw new IllegalArgumentException("an embed holds at most " + MAX_FIELDS + " fields");
            }
            fields.add(new Field(name, value, inline));
            return this;
        }

        /** The colour of the card's edge, {@code 0xRRGGBB}. */
        public Builder colour(int rgb) {
            if (rgb < 0 || rgb > 0xFFFFFF) {
                throw new IllegalArgumentException("an embed's colour is 0xRRGGBB (0 to 0xFFFFFF), not 0x"
                        + Integer.toHexString(rgb).toUpperCase(java.util.Locale.ROOT));
            }
            this.colour = rgb;
            return this;
        }

        public Builder footer(String footer) {
            this.footer = requireText("footer", footer, MAX_FOOTER);
            return this;
        }

        /** The large image's address: {@code http}, {@code https} or {@code attachment} only, as Discord requires. */
        public Builder image(String url) {
            requireText("image address", url, MAX_URL);
            if (!url.startsWith("https://") && !url.startsWith("http://") && !url.startsWith("attachment://")) {
                throw new IllegalArgumentException("an embed's image address must start with https://, http:// or"
                        + " attachment://, not '" + url.substring(0, Math.min(url.length(), 40)) + "'");
            }
            this.imageUrl = url;
            return this;
        }

        public Builder timestamp(Instant timestamp) {
            this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
            return this;
        }

        /**
         * The embed.
         *
         * @throws IllegalArgumentException if nothing is set, or all text together passes {@link #MAX_TOTAL}
         */
        public Embed build() {
            if (title == null && description == null && fields.isEmpty() && footer == null && imageUrl == null) {
                throw new IllegalArgumentException("an embed needs a title, a description, a field, a footer or an image");
            }
            int total = length(title) + length(description) + length(footer);
            for (Field field : fields) {
                total += field.name().length() + field.value().length();
            }
            if (total > MAX_TOTAL) {
                throw new IllegalArgumentException("an embed's text is " + total
                        + " characters in all; Discord allows at most " + MAX_TOTAL);
            }
            return new Embed(this);
        }

        private static int length(String text) {
            return text == null ? 0 : text.length();
        }
    }
}
