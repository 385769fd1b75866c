package dev.cogbot.plugins.hush;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Durations;
import dev.cogbot.api.Message;
import dev.cogbot.api.Setting;
import dev.cogbot.api.StoreException;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.api.error.WaitTimedOut;
import dev.cogbot.api.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hush: {@code !hush 10} makes every command of every plugin fail its checks for ten minutes in the
 * server it was said in (said in a DM: in that DM), marking the hush message with 🔇 while it lasts.
 * {@code !hush off} or {@code !unhush} ends it early; each works as a slash command too
 * ({@code /hush duration:10}, {@code /unhush}).
 *
 * <p>Who may hush: members who may manage messages in that server, and the bot's owners; in a DM,
 * the person in it, since a DM hush silences only that DM. The owners may always end a hush. With
 * {@code scope=bot} (and {@code who=moderators}) only the bot's owners may start or end a hush, since
 * it silences every server and DM.
 *
 * <p>Settings (under {@code hush.} in the config file): {@link #DEFAULT_LENGTH}, {@link #MAX},
 * {@link #SCOPE} ({@code bot} is the tutorial's hush of every server and DM at once; then only the
 * bot's owners may start or end one, unless {@code who=everyone}) and {@link #WHO}
 * ({@code everyone} is the tutorial's anyone-may-hush).
 *
 * <pre>
 * hush.scope=bot
 * hush.who=everyone
 * </pre>
 *
 * <p><b>On several nodes.</b> A hush of the whole bot ({@code scope=bot}) is kept in the plugin's
 * store ({@link SharedHushes}), which every node of a cluster shares: started on any node, it
 * silences every node until it ends or an {@code !unhush} on any node ends it. The bot check reads
 * the store for it on every command (one indexed read of at most one key). The node that started
 * it marks its message with 🔇 and takes the mark away when it ends, within {@link #LOOK_AGAIN} of
 * an unhush on another node. A server's or a DM's hush stays in the memory of the one node that
 * serves it ({@link HushScope#spansNodes}). If the store cannot be read, the check fails open: it
 * goes by this node's own hushes and logs a WARN ({@link StoreOutage}); a hush or unhush whose
 * store write fails says so and changes nothing.
 */
@Extension
public final class HushCog implements Cog {

    private static final String MUTED = "🔇";

    /**
     * How often the node that started a hush spanning nodes looks whether an unhush on another node
     * ended it, to take its 🔇 away: one store read per hush per this while it runs.
     */
    static final Duration LOOK_AGAIN = Duration.ofSeconds(10);

    /** The key of {@link #DEFAULT_LENGTH}, which the hush command's argument names as its default. */
    private static final String DEFAULT_KEY = "default";

    /** The length of a bare {@code !hush}: the argument's default, so read as the argument is. */
    static final Setting<Duration> DEFAULT_LENGTH = Setting.duration(DEFAULT_KEY, Duration.ofMinutes(5),
            "how long a bare !hush mutes the bot (a bare number is minutes)")
            .bareNumbersIn(ChronoUnit.MINUTES).positive();
    static final Setting<Duration> MAX = Setting.duration("max", HushLimit.DEFAULT.max(),
            "the longest hush anyone may ask for").positive();
    static final Setting<HushScope> SCOPE = Setting.choice("scope", HushScope.class, HushScope.SERVER,
            "what a hush mutes: the server it is said in (in a DM, that DM), or the whole bot");
    static final Setting<HushWho> WHO = Setting.choice("who", HushWho.class, HushWho.MODERATORS,
            "who may hush: members who can manage messages there and the bot's owners, or everyone");

    /** The bot's log (logs/cogbot.log): who muted the bot, where and for how long, for its operators. */
    private static final Logger log = LoggerFactory.getLogger(HushCog.class);

    /** The hushes this node started (or, for a server or DM, that it keeps): their 🔇 and their time. */
    private final Hushes hushes = new Hushes();
    private final StoreOutage outage = new StoreOutage();

    /** Read once in onLoad; volatile because commands run on other threads than onLoad. */
    private volatile HushLimit limit = HushLimit.DEFAULT;
    private volatile HushPolicy policy = new HushPolicy(HushScope.SERVER, false);
    private volatile Bot bot;
    private volatile SharedHushes shared;

    @Override
    public String name() {
        return "Hush";
    }

    @Override
    public String description() {
        return "Gives everyone some peace and quiet";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(DEFAULT_LENGTH, MAX, SCOPE, WHO);
    }

    @Override
    public void onLoad(Bot bot) {
        this.bot = bot;
        this.shared = new SharedHushes(bot.store());
        // declared above, so checked before this runs: hush.default too, which only the first bare !hush reads
        limit = new HushLimit(bot.settings().get(MAX));
        policy = HushPolicy.from(bot.settings().get(SCOPE), bot.settings().get(WHO));
    }

    // The tutorial's 5 minutes, unless the operator set hush.default.
    @Command(name = "hush", aliases = {"quiet", "shush", "sh"}, usage = "[duration]",
             help = "Mutes every command of every plugin for a while. "
                     + "Said in a server it mutes that server; in a DM, that DM. "
                     + "A bare number is minutes; 30s, 2m, 1h also work; off ends the hush early. "
                     + "For members who can manage messages there and the bot's owners; in a DM, for you. "
                     + "If the bot is set to hush every server at once, for the bot's owners only.")
    public void hush(Context ctx,
                     @Arg(value = HushRequest.DURATION, fallback = "5", setting = DEFAULT_KEY,
                          help = "how long, e.g. 30s, 10m or 1h (a bare number is minutes); off ends a hush")
                     String duration) {
        HushRequest request = HushRequest.parse(duration);
        switch (request) {
            case HushRequest.Off off -> unhush(ctx);
            case HushRequest.For(Duration length) -> hushFor(ctx, length);
        }
    }

    @Command(name = HushRequest.UNHUSH,
             help = "Ends the hush in this server (in a DM: this DM) early, like !hush off.")
    public void unhush(Context ctx) {
        if (!policy.mayHush(bot, ctx.message())) {
            refuse(ctx);
            return;
        }
        int endedOnEveryNode = 0;
        if (policy.scope().spansNodes()) {
            try {
                endedOnEveryNode = shared.endAll(bot.now());
            } catch (StoreException e) {
                // the hush stays stored, so it would come back on the other nodes: lift nothing, say so
                log.warn("{} could not lift the bot-wide hush: {}", ctx.author().name(), e.getMessage());
                ctx.send("I could not lift the hush: the bot's store cannot be written, so the hush stays on. Try again in a moment.");
                return;
            }
        }
        // Ended here rather than by the waiting hush noticing a message: a slash command sends none.
        List<RunningHush> ended = hushes.endAll(policy.scope().of(ctx.message()));
        if (ended.isEmpty() && endedOnEveryNode == 0) {
            ctx.send("Nothing is hushed here.");
            return;
        }
        ended.forEach(hush -> hush.marked().removeReaction(MUTED));
        ctx.send("Hush lifted.");
    }

    private void hushFor(Context ctx, Duration length) {
        if (!policy.mayHush(bot, ctx.message())) {
            refuse(ctx);
            return;
        }
        limit.check(length);
        RunningHush hush = new RunningHush(policy.scope().of(ctx.message()), ctx.message());
        // to the millisecond, as the store keeps it: every node ends it at the same instant
        Instant ends = bot.now().plus(length).truncatedTo(ChronoUnit.MILLIS);
        Optional<String> key = Optional.empty();
        if (policy.scope().spansNodes()) {
            try {
                key = Optional.of(shared.start(ends, ctx.author().name(), bot.now()));
            } catch (StoreException e) {
                // a hush on this node only would look like one of the whole bot: start none, say so
                log.warn("{} could not hush {}: {}", ctx.author().name(), hush.scope(), e.getMessage());
                ctx.send("I could not hush every node: the bot's store cannot be written. Try again in a moment.");
                return;
            }
        }
        // hushed before the 🔇 shows, so no command seen after the mark slips through
        hushes.start(hush);
        ctx.message().addReaction(MUTED);
        log.info("{} hushed {} for {}", ctx.author().name(), hush.scope(), Durations.format(length));
        try {
            waitUntilOverOr(ends, hush, key);
        } finally {
            // Also when the wait is cut short by an unload: the bot must not stay muted, nor the
            // message keep claiming it is. An unhush has done both already.
            if (hushes.end(hush)) {
                hush.marked().removeReaction(MUTED);
                key.ifPresent(this::forget);
            }
        }
    }

    /** Deletes a hush this node stored, once it is over here; if that fails, it still ends on time everywhere. */
    private void forget(String key) {
        try {
            shared.end(key);
        } catch (StoreException e) {
            log.warn("Could not delete an ended hush from the store ({}): other nodes stay hushed until its time is up",
                    e.getMessage());
        }
    }

    /** Privately where the command was a slash command: only its user needs to know. */
    private void refuse(Context ctx) {
        ctx.send(Draft.of(policy.refusal(ctx.displayPrefix())).ephemeral());
    }

    /**
     * Waits until {@code ends}, or until {@code hush} is ended by an unhush. An unhush on this node
     * has already undone the hush; the wait only has to stop holding this command (which counts as
     * running, e.g. for the console's end of input), and stops at the next event after it. A hush
     * stored for every node ({@code key}) is also looked up every {@link #LOOK_AGAIN}: gone, an
     * unhush on another node ended it, and this node takes its 🔇 away.
     */
    private void waitUntilOverOr(Instant ends, RunningHush hush, Optional<String> key) {
        try {
            while (!hush.isOver()) {
                Duration left = Duration.between(bot.now(), ends);
                if (!left.isPositive()) {
                    return; // the hush ran its time
                }
                Duration wait = key.isPresent() && left.compareTo(LOOK_AGAIN) > 0 ? LOOK_AGAIN : left;
                try {
                    bot.waitFor(Event.class, event -> hush.isOver(), wait);
                    return;
                } catch (WaitTimedOut e) {
                    if (key.isPresent() && endedElsewhere(key.get()) && hushes.end(hush)) {
                        log.info("The hush of {} was lifted on another node", hush.scope());
                        hush.marked().removeReaction(MUTED);
                        return;
                    }
                }
            }
        } catch (CommandCancelled e) {
            // The input ended (a console script): as in the tutorial, the hush still runs its time and
            // the bot stops after it. On an unload this sleep is cancelled at once.
            Duration left = Duration.between(bot.now(), ends);
            if (left.isPositive() && !hush.isOver()) {
                bot.sleep(left);
            }
        }
    }

    /** Whether the hush stored under {@code key} is gone; if the store cannot tell, it is taken to run on. */
    private boolean endedElsewhere(String key) {
        try {
            return !shared.isRunning(key);
        } catch (StoreException e) {
            return false;
        }
    }

    /**
     * Whether commands said where {@code message} was are hushed now. For a hush of the whole bot the
     * store decides, whichever node started it; if it cannot be read, this node's own hushes do (the
     * check fails open for hushes started elsewhere: see {@link StoreOutage}).
     */
    private boolean isHushed(Message message) {
        String scope = policy.scope().of(message);
        if (!policy.scope().spansNodes()) {
            return hushes.isHushed(scope);
        }
        Instant now = bot.now();
        if (outage.worthReading(now)) {
            try {
                boolean hushed = shared.isHushed(now);
                outage.readWorked();
                return hushed;
            } catch (StoreException e) {
                outage.readFailed(now, e);
            }
        }
        return hushes.isHushed(scope);
    }

    @Override
    public boolean botCheck(Context ctx) {
        if (!isHushed(ctx.message())) {
            return true;
        }
        // !hush off and !unhush (/hush duration:off, /unhush) get through, to end the hush or to tell who may not why not
        return ctx.command() != null && ctx.command().cog().equals(name())
                && HushRequest.endsAHush(ctx.message().content(), ctx.prefix());
    }
}
