package dev.cogbot.discordfake;

import dev.cogbot.discordfake.model.FakeApplication;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeRole;
import dev.cogbot.discordfake.model.FakeUser;
import dev.cogbot.discordfake.model.Permissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The world a {@link FakeDiscord} serves: one application with its bot user and token, one guild,
 * and the users who can speak there.
 *
 * <p>{@link #defaults()} is ready to use: bot {@code cogbot}, owner {@code alice} (a Moderator),
 * {@code bob}, guild {@code Cog Test Guild} with {@code #general} and {@code #random}. Change it with
 * {@link #toBuilder()}.
 *
 * @param token                    the bot token JDA must present ({@code Authorization: Bot <token>})
 * @param bot                      the bot user
 * @param application              the bot's application (owner or team)
 * @param guild                    the guild the bot is in
 * @param users                    everyone else the fake knows (the bot is added if missing)
 * @param heartbeatInterval        sent in HELLO; Discord's is 41250 ms
 * @param defaultRetryAfterSeconds the {@code Retry-After} of {@link FakeDiscord#failNextWith429}
 *                                 without an explicit value: 1 s, since JDA really waits it out
 */
public record FakeDiscordConfig(String token, FakeUser bot, FakeApplication application, FakeGuild guild,
        List<FakeUser> users, Duration heartbeatInterval, int defaultRetryAfterSeconds) {

    /** The default world's ids, for tests that want to name them. */
    public static final long BOT_ID = 1_300_000_000_000_000_001L;
    public static final long APPLICATION_ID = BOT_ID;
    public static final long ALICE_ID = 1_300_000_000_000_000_101L;
    public static final long BOB_ID = 1_300_000_000_000_000_102L;
    public static final long GUILD_ID = 1_300_000_000_000_001_000L;
    public static final long GENERAL_ID = 1_300_000_000_000_001_001L;
    public static final long RANDOM_ID = 1_300_000_000_000_001_002L;
    public static final long MODERATOR_ROLE_ID = 1_300_000_000_000_001_010L;
    public static final long BOT_ROLE_ID = 1_300_000_000_000_001_011L;
    /** The default token: shaped like a real one (base64 of the bot id, a timestamp part, an HMAC part). */
    public static final String DEFAULT_TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.ZmFrZQ.Y29nYm90LWRpc2NvcmQtZmFrZS10b2tlbg";

    public FakeDiscordConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(guild, "guild");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        if (token.isBlank() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a token has no whitespace");
        }
        if (!bot.bot()) {
            throw new IllegalArgumentException("the bot user must be a bot account");
        }
        if (guild.member(bot.id()).isEmpty()) {
            throw new IllegalArgumentException("the bot must be a member of the guild");
        }
        if (defaultRetryAfterSeconds < 0) {
            throw new IllegalArgumentException("defaultRetryAfterSeconds < 0");
        }
        List<FakeUser> all = new ArrayList<>(users);
        if (all.stream().noneMatch(u -> u.id() == bot.id())) {
            all.addFirst(bot);
        }
        users = List.copyOf(all);
    }

    /** The default world described above. */
    public static FakeDiscordConfig defaults() {
        FakeUser cogbot = FakeUser.bot(BOT_ID, "cogbot");
        FakeUser alice = FakeUser.human(ALICE_ID, "alice");
        FakeUser bob = FakeUser.human(BOB_ID, "bob");
        FakeGuild guild = new FakeGuild(GUILD_ID, "Cog Test Guild", ALICE_ID,
                List.of(FakeRole.of(GUILD_ID, "@everyone", Permissions.EVERYONE_DEFAULT, 0),
                        FakeRole.of(MODERATOR_ROLE_ID, "Moderator", Permissions.MODERATOR, 1),
                        new FakeRole(BOT_ROLE_ID, "cogbot", Permissions.MODERATOR, 2, 0, true)),
                List.of(FakeChannel.text(GENERAL_ID, "general", 0), FakeChannel.text(RANDOM_ID, "random", 1)),
                List.of(FakeMember.of(BOT_ID, BOT_ROLE_ID), FakeMember.of(ALICE_ID, MODERATOR_ROLE_ID),
                        FakeMember.of(BOB_ID)));
        return new FakeDiscordConfig(DEFAULT_TOKEN, cogbot, FakeApplication.ownedBy(APPLICATION_ID, "cogbot", ALICE_ID),
                guild, List.of(cogbot, alice, bob), Duration.ofMillis(41_250), 1);
    }

    public static Builder builder() {
        return defaults().toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The user with this id. */
    public Optional<FakeUser> user(long id) {
        return users.stream().filter(u -> u.id() == id).findFirst();
    }

    /** The user called {@code username}. */
    public FakeUser user(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no user " + username));
    }

    /** Changes a few parts of a config. */
    public static final class Builder {
        private String token;
        private FakeUser bot;
        private FakeApplication application;
        private FakeGuild guild;
        private List<FakeUser> users;
        private Duration heartbeatInterval;
        private int defaultRetryAfterSeconds;

        private Builder(FakeDiscordConfig from) {
            token = from.token;
            bot = from.bot;
            application = from.application;
            guild = from.guild;
            users = from.users;
            heartbeatInterval = from.heartbeatInterval;
            defaultRetryAfterSeconds = from.defaultRetryAfterSeconds;
        }

        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder bot(FakeUser bot) {
            this.bot = bot;
            return this;
        }

        public Builder application(FakeApplication application) {
            this.application = application;
            return this;
        }

        public Builder guild(FakeGuild guild) {
            this.guild = guild;
            return this;
        }

        public Builder users(List<FakeUser> users) {
            this.users = List.copyOf(users);
            return this;
        }

        public Builder heartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = heartbeatInterval;
            return this;
        }

        public Builder defaultRetryAfterSeconds(int seconds) {
            this.defaultRetryAfterSeconds = seconds;
            return this;
        }

        public FakeDiscordConfig build() {
            return new FakeDiscordConfig(token, bot, application, guild, users, heartbeatInterval,
                    defaultRetryAfterSeconds);
        }
    }
}
