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
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The world a {@link FakeDiscord} serves: one application with its bot user and token, the guilds the
 * bot is in, and the users who can speak there.
 *
 * <p>{@link #defaults()} is ready to use: bot {@code cogbot}, owner {@code alice} (a Moderator),
 * {@code bob}, guild {@code Cog Test Guild} with {@code #general} and {@code #random}. Change it with
 * {@link #toBuilder()}. {@link #twoGuilds()} adds a second guild for sharding tests.
 *
 * <p>Sharding: a gateway session that identifies as shard {@code [id, total]} gets only the guilds with
 * {@code (guild_id >> 22) % total == id} (see {@link Shard}), so a guild's shard follows from its id.
 *
 * @param token                    the bot token JDA must present ({@code Authorization: Bot <token>})
 * @param bot                      the bot user
 * @param application              the bot's application (owner or team)
 * @param guilds                   the guilds the bot is in, at least one; ids unique, channel ids unique
 *                                 across guilds
 * @param users                    everyone else the fake knows (the bot is added if missing)
 * @param heartbeatInterval        sent in HELLO; Discord's is 41250 ms
 * @param defaultRetryAfterSeconds the {@code Retry-After} of {@link FakeDiscord#failNextWith429}
 *                                 without an explicit value: 1 s, since JDA really waits it out
 * @param recommendedShards        the {@code shards} {@code GET gateway/bot} recommends (1 by default); a
 *                                 shard manager told no shard count starts this many
 * @param maxConcurrency           {@code session_start_limit.max_concurrency} of {@code GET gateway/bot}
 *                                 (1 by default, as for all but very large bots). JDA's shard manager puts
 *                                 shard {@code n} in bucket {@code n % max_concurrency} and starts the
 *                                 shards of one bucket 5 s apart, so a test with several shards wants
 *                                 at least as many as it has shards
 * @param identifyRateLimit        whether the gateway refuses, as Discord does, an IDENTIFY that comes
 *                                 within 5 s of the last accepted one of its bucket (op 9 Invalid
 *                                 Session, {@code d: false}); the window is measured on the fake's clock
 *                                 ({@link FakeDiscord#advanceTime}). Off by default, so that tests that
 *                                 restart a client need not wait it out
 */
public record FakeDiscordConfig(String token, FakeUser bot, FakeApplication application, List<FakeGuild> guilds,
        List<FakeUser> users, Duration heartbeatInterval, int defaultRetryAfterSeconds, int recommendedShards,
        int maxConcurrency, boolean identifyRateLimit) {

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
    /** A user of {@link #twoGuilds()}, member of the second guild only. */
    public static final long CAROL_ID = 1_300_000_000_000_000_103L;
    /**
     * The second guild of {@link #twoGuilds()}. Its id is {@link #GUILD_ID} plus {@code 1 << 22}: a
     * snowflake one millisecond younger, so its timestamp ({@code id >> 22}) is odd where
     * {@code GUILD_ID}'s is even. With 2 shards {@code GUILD_ID} is on shard 0 and this one on shard 1.
     */
    public static final long SECOND_GUILD_ID = GUILD_ID + (1L << 22);
    public static final long LOBBY_ID = 1_300_000_000_000_002_001L;
    public static final long OFFTOPIC_ID = 1_300_000_000_000_002_002L;
    public static final long SECOND_MODERATOR_ROLE_ID = 1_300_000_000_000_002_010L;
    public static final long SECOND_BOT_ROLE_ID = 1_300_000_000_000_002_011L;
    /** The default token: shaped like a real one (base64 of the bot id, a timestamp part, an HMAC part). */
    public static final String DEFAULT_TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.ZmFrZQ.Y29nYm90LWRpc2NvcmQtZmFrZS10b2tlbg";

    public FakeDiscordConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        guilds = List.copyOf(guilds);
        if (token.isBlank() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a token has no whitespace");
        }
        if (!bot.bot()) {
            throw new IllegalArgumentException("the bot user must be a bot account");
        }
        if (guilds.isEmpty()) {
            throw new IllegalArgumentException("the bot must be in at least one guild");
        }
        Set<Long> guildIds = new HashSet<>();
        Set<Long> channelIds = new HashSet<>();
        for (FakeGuild guild : guilds) {
            if (!guildIds.add(guild.id())) {
                throw new IllegalArgumentException("two guilds have the id " + guild.id());
            }
            if (guild.member(bot.id()).isEmpty()) {
                throw new IllegalArgumentException("the bot must be a member of the guild " + guild.name());
            }
            for (FakeChannel channel : guild.channels()) {
                if (!channelIds.add(channel.id())) {
                    throw new IllegalArgumentException("two channels have the id " + channel.id());
                }
            }
        }
        if (defaultRetryAfterSeconds < 0) {
            throw new IllegalArgumentException("defaultRetryAfterSeconds < 0");
        }
        if (recommendedShards < 1) {
            throw new IllegalArgumentException("recommendedShards < 1");
        }
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency < 1");
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
                List.of(guild), List.of(cogbot, alice, bob), Duration.ofMillis(41_250), 1, 1, 1, false);
    }

    /**
     * The default world and a second guild, for sharding: {@code Second Cog Guild}
     * ({@link #SECOND_GUILD_ID}) owned by {@code bob} (its Moderator), with {@code carol} and the bot,
     * and channels {@code #lobby} and {@code #offtopic}; {@code alice} is not a member. With 2 shards
     * the default guild is on shard 0 and this one on shard 1. {@code GET gateway/bot} recommends
     * 2 shards and allows 2 to start at once ({@code max_concurrency}), so JDA does not wait 5 s
     * between them.
     */
    public static FakeDiscordConfig twoGuilds() {
        FakeDiscordConfig one = defaults();
        FakeGuild second = new FakeGuild(SECOND_GUILD_ID, "Second Cog Guild", BOB_ID,
                List.of(FakeRole.of(SECOND_GUILD_ID, "@everyone", Permissions.EVERYONE_DEFAULT, 0),
                        FakeRole.of(SECOND_MODERATOR_ROLE_ID, "Moderator", Permissions.MODERATOR, 1),
                        new FakeRole(SECOND_BOT_ROLE_ID, "cogbot", Permissions.MODERATOR, 2, 0, true)),
                List.of(FakeChannel.text(LOBBY_ID, "lobby", 0), FakeChannel.text(OFFTOPIC_ID, "offtopic", 1)),
                List.of(FakeMember.of(BOT_ID, SECOND_BOT_ROLE_ID), FakeMember.of(BOB_ID, SECOND_MODERATOR_ROLE_ID),
                        FakeMember.of(CAROL_ID)));
        List<FakeUser> users = new ArrayList<>(one.users());
        users.add(FakeUser.human(CAROL_ID, "carol"));
        return one.toBuilder().addGuild(second).users(users).recommendedShards(2).maxConcurrency(2).build();
    }

    public static Builder builder() {
        return defaults().toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The first guild: in the default world, the only one. */
    public FakeGuild guild() {
        return guilds.getFirst();
    }

    /** The guild with this id. */
    public Optional<FakeGuild> guild(long id) {
        return guilds.stream().filter(g -> g.id() == id).findFirst();
    }

    /** The guild with this text channel. */
    public Optional<FakeGuild> guildOfChannel(long channelId) {
        return guilds.stream().filter(g -> g.channel(channelId).isPresent()).findFirst();
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
        private List<FakeGuild> guilds;
        private List<FakeUser> users;
        private Duration heartbeatInterval;
        private int defaultRetryAfterSeconds;
        private int recommendedShards;
        private int maxConcurrency;
        private boolean identifyRateLimit;

        private Builder(FakeDiscordConfig from) {
            token = from.token;
            bot = from.bot;
            application = from.application;
            guilds = from.guilds;
            users = from.users;
            heartbeatInterval = from.heartbeatInterval;
            defaultRetryAfterSeconds = from.defaultRetryAfterSeconds;
            recommendedShards = from.recommendedShards;
            maxConcurrency = from.maxConcurrency;
            identifyRateLimit = from.identifyRateLimit;
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

        /** Makes {@code guild} the only guild the bot is in. */
        public Builder guild(FakeGuild guild) {
            this.guilds = List.of(guild);
            return this;
        }

        /** The guilds the bot is in, replacing the ones so far. */
        public Builder guilds(List<FakeGuild> guilds) {
            this.guilds = List.copyOf(guilds);
            return this;
        }

        /** Puts the bot in one more guild. */
        public Builder addGuild(FakeGuild guild) {
            List<FakeGuild> more = new ArrayList<>(guilds);
            more.add(guild);
            this.guilds = List.copyOf(more);
            return this;
        }

        /** The shard count {@code GET gateway/bot} recommends. */
        public Builder recommendedShards(int shards) {
            this.recommendedShards = shards;
            return this;
        }

        /** {@code session_start_limit.max_concurrency} of {@code GET gateway/bot}. */
        public Builder maxConcurrency(int maxConcurrency) {
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /** Whether an IDENTIFY within 5 s of the last one of its bucket is refused, as Discord does. */
        public Builder identifyRateLimit(boolean enforced) {
            this.identifyRateLimit = enforced;
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
            return new FakeDiscordConfig(token, bot, application, guilds, users, heartbeatInterval,
                    defaultRetryAfterSeconds, recommendedShards, maxConcurrency, identifyRateLimit);
        }
    }
}
