package dev.cogbot.plugins.jokes;

import dev.cogbot.api.AfterInvoke;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.OnError;
import dev.cogbot.api.Setting;
import dev.cogbot.api.Settings;
import dev.cogbot.api.Typing;
import dev.cogbot.api.error.CheckFailure;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.ReplyTimeout;
import dev.cogbot.api.error.UserInputError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.pf4j.Extension;

/**
 * The tutorial's joke cog: a knock-knock joke told as a real back-and-forth with the user, and
 * one-line lightbulb jokes. Every joke told to the end is counted in the store shared as {@code jokes}, which is
 * what the status plugin shows.
 *
 * <p>Settings (under {@code jokes.} in the config file): {@link #REPLY_TIMEOUT} and {@link #LAUGH_DELAY}.
 */
@Extension
public final class JokesCog implements Cog {

    /**
     * The shared store, and its counter, of jokes told to the end. The status plugin reads it under
     * the same names; plugins never share code, so the names themselves are the contract and each
     * side spells them out.
     */
    static final String SHARED_STORE = "jokes";
    static final String JOKES_TOLD = "told";

    /** Zero would end every joke before the user could answer. */
    static final Setting<Duration> REPLY_TIMEOUT = Setting.duration("reply-timeout", Duration.ofSeconds(60),
            "how long knock_knock waits for each of the user's lines before giving up").positive();
    static final Setting<Duration> LAUGH_DELAY = Setting.duration("laugh-delay", Duration.ofSeconds(5),
            "how long the bot \"types\" before laughing at its own punchline");

    private static final String KNOCK_KNOCK = "knock_knock";
    private static final String LIGHTBULB = "lightbulb";
    private static final String MUTED = "🔇";

    /** Read once in onLoad; volatile because commands run on other threads than onLoad. */
    private volatile Timing timing = Timing.DEFAULTS;

    /**
     * The members (per channel) a knock-knock is waiting for now, and whether they have been told
     * it is one at a time: they are told once, so that a flood of knock-knocks is not answered line
     * for line.
     */
    private final Map<Listener, AtomicBoolean> waitingFor = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "Jokes";
    }

    @Override
    public String description() {
        return "Knock-knock and lightbulb jokes";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(REPLY_TIMEOUT, LAUGH_DELAY);
    }

    @Override
    public void onLoad(Bot bot) {
        // declared above, so checked before this runs: reading them cannot fail
        timing = Timing.from(bot.settings());
    }

    @Command(name = KNOCK_KNOCK, aliases = {"knock", "kk"},
             help = "Tells a knock-knock joke. Play along: answer \"Who's there?\", then \"<name> who?\".")
    public void knockKnock(Context ctx) {
        Listener listener = new Listener(ctx.channel().id(), ctx.author().id());
        AtomicBoolean waiting = waitingFor.putIfAbsent(listener, new AtomicBoolean());
        if (waiting != null) {
            if (!waiting.getAndSet(true)) {
                ctx.send("One at a time: I'm still waiting for your answer to my last knock-knock.");
            }
            // cancelled, so the after-invoke hook does not count a joke that was never told
            throw new CommandCancelled("a knock-knock already waits for " + ctx.author().name() + " here");
        }
        KnockKnockJoke joke = JokeBook.randomKnockKnock();
        try {
            ctx.send("Knock knock!");
            awaitReply(ctx, KnockKnockReplies::isWhosThere);
            ctx.send(joke.setup() + ".");
            awaitReply(ctx, reply -> KnockKnockReplies.isSetupWho(joke.setup(), reply));
        } finally {
            // also on a timeout or an unload: the member may start the next one
            waitingFor.remove(listener);
        }
        ctx.send(joke.punchline());
        laughAtOwnJoke(ctx);
    }

    @Command(name = LIGHTBULB, help = "Tells a lightbulb joke.")
    public void lightbulb(Context ctx) {
        ctx.send(JokeBook.randomLightbulb());
    }

    @OnError(KNOCK_KNOCK)
    public void onKnockKnockError(Context ctx, CommandError error) {
        switch (error) {
            case CheckFailure blocked -> ctx.message().addReaction(MUTED);
            case UserInputError silent -> ctx.send("Well, if you aren't talking, I'm not listening.");
            default -> throw error;
        }
    }

    @AfterInvoke({KNOCK_KNOCK, LIGHTBULB})
    public void countJoke(Context ctx) {
        // A joke abandoned half-way (timeout, unload) was not told.
        if (!ctx.commandFailed()) {
            ctx.bot().sharedStore(SHARED_STORE).increment(JOKES_TOLD);
        }
    }

    /**
     * Waits for the user's next line that {@code expected} accepts; anything else they say is
     * ignored, as a person telling the joke would.
     */
    private void awaitReply(Context ctx, Predicate<String> expected) {
        try {
            ctx.waitForReply(message -> expected.test(message.content()), timing.replyTimeout());
        } catch (ReplyTimeout e) {
            // As the tutorial does: the error handler answers every UserInputError the same way.
            throw new UserInputError("User failed to input", e);
        }
    }

    @SuppressWarnings("try") // the indicator is the point; the body never needs to touch it
    private void laughAtOwnJoke(Context ctx) {
        try (Typing typing = ctx.typing()) {
            ctx.sleep(timing.laughDelay());
            ctx.send("lmao");
        }
    }

    @Override
    public void onUnload() {
        // the jokes still waiting are cancelled next and clear their own entries; this is for certain
        waitingFor.clear();
    }

    /** Who a knock-knock waits for: one member in one channel, as replies are matched. */
    private record Listener(String channelId, String authorId) {
    }

    /** The cog's settings, read together so they are replaced together. */
    private record Timing(Duration replyTimeout, Duration laughDelay) {

        static final Timing DEFAULTS = new Timing(REPLY_TIMEOUT.fallback(), LAUGH_DELAY.fallback());

        static Timing from(Settings settings) {
            return new Timing(settings.get(REPLY_TIMEOUT), settings.get(LAUGH_DELAY));
        }
    }
}
