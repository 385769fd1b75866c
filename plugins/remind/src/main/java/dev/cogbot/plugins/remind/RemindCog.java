package dev.cogbot.plugins.remind;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Channel;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Durations;
import dev.cogbot.api.Timer;
import dev.cogbot.api.error.BadArgument;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Reminders that survive a restart of the bot and a reload of the plugin, kept as durable timers
 * bound to the channel they were asked in:
 * <ul>
 *   <li>{@code !remind me 10m tea}, {@code !remind @bob 1h30m stand-up}: the bot says it in the
 *       channel when it is due, mentioning who it is for (a bare number is minutes). Who is
 *       {@code me} or a member of the server by mention, id, name or nickname; in a DM, only
 *       {@code me};
 *   <li>{@code !reminders}: the ones you asked for in this server (or this DM) and that are still
 *       to come, numbered;
 *   <li>{@code !remind cancel 2}: calls off the second of them.
 * </ul>
 * A reminder due while the bot was down is said as soon as it is back.
 */
@Extension
public final class RemindCog implements Cog {

    /**
     * The timers' kind. Each reminder's timer is {@code remind:<id of who asked>:<number>}, the number
     * counted in the plugin's store: message ids restart on the console and in tests, and a timer
     * scheduled under a pending one's name would replace it.
     */
    private static final String KIND = "remind";
    private static final String NUMBERS = "reminders.numbered";
    static final Duration LONGEST = Duration.ofDays(365);
    static final int MOST_PER_MEMBER = 25;

    private volatile Bot bot;

    @Override
    public String name() {
        return "Remind";
    }

    @Override
    public String description() {
        return "Reminders that outlive restarts";
    }

    @Override
    public void onLoad(Bot bot) {
        this.bot = bot;
        bot.addConverter(Whom.class, new WhomConverter());
        bot.timers().onFire(KIND, this::remind);
    }

    @Command(name = "remind", usage = "<me|member> <when> <text> | cancel <n>",
            help = "Reminds you (me) or a member (@bob, bob) after a while (10m, 1h30m; a bare number is minutes)"
                    + " in this channel; !remind cancel <n> calls off one of !reminders.")
    public void remind(Context ctx,
                       @Arg(value = "who", help = "me, or the member to remind (a mention or a name); cancel to call one off")
                       Whom who,
                       @Arg(value = "when", help = "how long from now, e.g. 10m or 1h30m (a bare number is minutes)")
                       String when,
                       @Arg(value = "text", rest = true, fallback = "", help = "what to remind of")
                       String text) {
        switch (who) {
            case Whom.Cancel cancel -> cancel(ctx, when);
            case Whom.Me me -> schedule(ctx, ctx.author().id(), when, text);
            case Whom.Someone someone -> schedule(ctx, someone.member().id(), when, text);
        }
    }

    private void schedule(Context ctx, String targetId, String when, String text) {
        Duration in = duration(when);
        if (text.isBlank()) {
            throw new BadArgument("text", "what should I remind of? e.g. !remind me 10m tea");
        }
        if (text.length() > Reminder.MAX_TEXT) {
            throw new BadArgument("text", "a reminder is at most " + Reminder.MAX_TEXT + " characters; this one has "
                    + text.length());
        }
        if (mine(ctx).size() >= MOST_PER_MEMBER) {
            ctx.send("You have " + MOST_PER_MEMBER + " reminders already; !remind cancel <n> one of !reminders first.");
            return;
        }
        Reminder reminder = new Reminder(ctx.author().id(), ctx.author().name(), targetId, text.strip());
        long number = bot.store().increment(NUMBERS);
        bot.timers().schedule(prefixOf(ctx.author().id()) + number, bot.now().plus(in), reminder.payload(), ctx.channel());
        String whom = targetId.equals(ctx.author().id()) ? "you" : "<@" + targetId + ">";
        ctx.send("I'll remind " + whom + " in " + Durations.format(in) + ".");
    }

    @Command(name = "reminders", help = "Lists the reminders you asked for that are still to come.")
    public void reminders(Context ctx) {
        List<Timer> mine = mine(ctx);
        if (mine.isEmpty()) {
            ctx.send("You have no reminders. !remind me 10m tea sets one.");
            return;
        }
        Instant now = bot.now();
        List<String> lines = new ArrayList<>();
        lines.add("Your reminders:");
        for (int i = 0; i < mine.size(); i++) {
            Timer timer = mine.get(i);
            Reminder reminder = Reminder.fromPayload(timer.payload());
            Duration left = Duration.between(now, timer.due()).truncatedTo(ChronoUnit.SECONDS);
            String whom = reminder.targetId().equals(reminder.setterId()) ? "" : " (for <@" + reminder.targetId() + ">)";
            lines.add((i + 1) + ". in " + Durations.format(left.isNegative() ? Duration.ZERO : left) + whom + ": "
                    + reminder.text());
        }
        ctx.send(String.join("\n", lines));
    }

    private void cancel(Context ctx, String number) {
        List<Timer> mine = mine(ctx);
        int n;
        try {
            n = Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new BadArgument("n", "which reminder? give its number in !reminders, e.g. !remind cancel 1");
        }
        if (n < 1 || n > mine.size()) {
            ctx.send("You have no reminder " + n + "; !reminders lists yours.");
            return;
        }
        Timer timer = mine.get(n - 1);
        bot.timers().cancel(timer.name());
        ctx.send("Cancelled reminder " + n + ": " + Reminder.fromPayload(timer.payload()).text());
    }

    /**
     * The reminders the author asked for here (in this server, or in this DM), in due order:
     * {@code !reminders}' numbering. Those asked for elsewhere are not shown here, so a server never
     * sees what someone set in another server or in a DM.
     */
    private List<Timer> mine(Context ctx) {
        String prefix = prefixOf(ctx.author().id());
        String here = placeOf(ctx.channel());
        return bot.timers().pending(KIND).stream()
                .filter(timer -> timer.name().startsWith(prefix))
                .filter(timer -> timer.channel().map(RemindCog::placeOf).orElse("").equals(here))
                .toList();
    }

    private static String prefixOf(String setterId) {
        return KIND + ":" + setterId + ":";
    }

    /** Where a reminder belongs for listing: its server, or the DM itself. */
    private static String placeOf(Channel channel) {
        return channel.guild().map(guild -> "guild:" + guild.id()).orElse("dm:" + channel.id());
    }

    private static Duration duration(String when) {
        Duration in;
        try {
            in = Durations.parse(when, ChronoUnit.MINUTES);
        } catch (IllegalArgumentException e) {
            throw new BadArgument("when", e.getMessage());
        }
        if (in.isZero() || in.compareTo(LONGEST) > 0) {
            throw new BadArgument("when", "a reminder can be set from 1s to " + Durations.format(LONGEST) + " ahead, not "
                    + Durations.format(in));
        }
        return in;
    }

    /** The timer's handler: says the reminder where it was asked (every reminder's timer is bound to its channel). */
    private void remind(Timer timer) {
        Reminder reminder = Reminder.fromPayload(timer.payload());
        timer.channel().ifPresent(channel -> channel.send(reminder.message()));
    }
}
