package dev.cogbot.runtime.commands;

import dev.cogbot.api.Guild;
import dev.cogbot.api.Message;
import dev.cogbot.api.Store;
import dev.cogbot.api.StoreException;
import dev.cogbot.api.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What starts a command where: the server's own prefix if its admins set one ({@code !prefix}),
 * else the configured one; and always a mention of the bot ({@code <@id> help} or
 * {@code <@!id> help}), in servers and DMs, so nobody is locked out by a forgotten prefix.
 *
 * <p>The servers' prefixes are kept in the runtime's own store, one value per server, and cached:
 * a message reads the store only for the first message of its server, and a change replaces the
 * cached value as it is stored. A read that fails (the store is down) is not tried again for
 * {@link #RETRY_AFTER}: meanwhile the server has the configured prefix, and its messages do not
 * each wait for the store.
 *
 * <pre>{@code
 * GuildPrefixes prefixes = new GuildPrefixes("!", guild -> runtimeStore.guild(guild), bot::user, scheduler::now);
 * prefixes.set(guild, "?");
 * prefixes.read(message);   // "?help" and "<@bot> help" are commands there now, "!help" is not
 * }</pre>
 */
public final class GuildPrefixes {

    /** The longest prefix a server may set. */
    public static final int MAX_LENGTH = 16;

    /** How long after a failed read of a server's prefix the store is asked again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    /** The key of a server's prefix in the runtime's store of that server. */
    static final String KEY = "prefix";

    private static final Logger log = LoggerFactory.getLogger(GuildPrefixes.class);

    private final String configured;
    private final Function<Guild, Store> storeOf;
    private final Supplier<User> self;
    /** Server id to its prefix, the configured one for a server that set none. */
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();
    /** Server id to when its prefix, which could not be read, is to be read again. */
    private final ConcurrentHashMap<String, Instant> unreadable = new ConcurrentHashMap<>();
    private final Supplier<Instant> clock;

    /**
     * @param configured the prefix from the configuration, for DMs and servers that set none
     * @param storeOf    the runtime's store of a server, where its prefix is kept
     * @param self       the bot's user, {@code null} until the transport is ready
     * @param clock        the bot's time, for when to read a prefix again after a failed read
     */
    public GuildPrefixes(String configured, Function<Guild, Store> storeOf, Supplier<User> self, Supplier<Instant> clock) {
        this.configured = configured;
        this.storeOf = storeOf;
        this.self = self;
        this.clock = clock;
    }

    /** The prefix from the configuration. */
    public String configured() {
        return configured;
    }

    /** The prefix of {@code guild}'s server, the configured one in a DM. */
    public String of(Optional<Guild> guild) {
        return guild.map(this::of).orElse(configured);
    }

    /** Whether the prefix of server {@code guildId} is known without asking the store. */
    public boolean isCached(String guildId) {
        return cache.containsKey(guildId);
    }

    /** The prefix of {@code guild}. */
    public String of(Guild guild) {
        String cached = cache.get(guild.id());
        if (cached != null) {
            return cached;
        }
        Instant retry = unreadable.get(guild.id());
        if (retry != null && clock.get().isBefore(retry)) {
            return configured;
        }
        String stored;
        try {
            // read outside the map's lock: a slow store must not hold up other servers' messages
            stored = storeOf.apply(guild).get(KEY).orElse(configured);
        } catch (StoreException e) {
            unreadable.put(guild.id(), clock.get().plus(RETRY_AFTER));
            log.warn("Could not read the prefix of server {}; using {} there for {} s: {}", guild.id(), configured,
                    RETRY_AFTER.toSeconds(), e.getMessage());
            return configured;
        }
        unreadable.remove(guild.id());
        // a prefix set meanwhile wins over what was read before it
        String raced = cache.putIfAbsent(guild.id(), stored);
        return raced != null ? raced : stored;
    }

    /**
     * Sets {@code guild}'s prefix.
     *
     * @throws IllegalArgumentException with a one-line reason if {@code prefix} is not a valid one
     * @throws StoreException           if it cannot be stored; the old prefix stays
     */
    public void set(Guild guild, String prefix) {
        problem(prefix).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        storeOf.apply(guild).put(KEY, prefix);
        cache.put(guild.id(), prefix);
        unreadable.remove(guild.id());
    }

    /** Returns {@code guild} to the configured prefix. */
    public void reset(Guild guild) {
        storeOf.apply(guild).remove(KEY);
        cache.put(guild.id(), configured);
        unreadable.remove(guild.id());
    }

    /** What is wrong with {@code prefix} as a server's prefix, as a sentence for the admin; empty if nothing. */
    public static Optional<String> problem(String prefix) {
        if (prefix.isEmpty()) {
            return Optional.of("A prefix needs at least one character.");
        }
        if (prefix.codePoints().anyMatch(Character::isWhitespace)) {
            return Optional.of("A prefix can't contain spaces: commands are split on them.");
        }
        if (prefix.contains("<@") || prefix.contains("<#") || prefix.contains("@everyone") || prefix.contains("@here")) {
            return Optional.of("A prefix can't be a mention; mentioning me works as a prefix anyway.");
        }
        if (prefix.codePointCount(0, prefix.length()) > MAX_LENGTH) {
            return Optional.of("A prefix has at most " + MAX_LENGTH + " characters.");
        }
        return Optional.empty();
    }

    /** {@code message} read as a command: after a mention of the bot, or after its server's prefix. */
    public Optional<ParsedCommand> read(Message message) {
        String content = message.content();
        Optional<String> mention = mention(content);
        if (mention.isPresent()) {
            return ParsedCommand.parse(content, mention.get());
        }
        return ParsedCommand.parse(content, of(message.guild()));
    }

    /**
     * How replies write the prefix {@code parsed} was read with: the server's prefix when the bot
     * was mentioned, since that is what members type (discord.py's {@code clean_prefix}).
     */
    public String displayed(ParsedCommand parsed, Message message) {
        return isMention(parsed.prefix()) ? of(message.guild()) : parsed.prefix();
    }

    /** Whether {@code prefix}, as {@link #read} matched it, is a mention of the bot. */
    public boolean isMention(String prefix) {
        return mention(prefix).isPresent();
    }

    /** The mention of the bot {@code content} starts with, with the spaces after it; empty if none. */
    private Optional<String> mention(String content) {
        User me = self.get();
        if (me == null || !content.startsWith("<@")) {
            return Optional.empty();
        }
        for (String form : new String[] {"<@" + me.id() + ">", "<@!" + me.id() + ">"}) {
            if (content.startsWith(form)) {
                int end = form.length();
                while (end < content.length() && Character.isWhitespace(content.charAt(end))) {
                    end++;
                }
                return Optional.of(content.substring(0, end));
            }
        }
        return Optional.empty();
    }
}
