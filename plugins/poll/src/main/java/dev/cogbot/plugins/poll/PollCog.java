package dev.cogbot.plugins.poll;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Click;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Durations;
import dev.cogbot.api.Message;
import dev.cogbot.api.OnComponent;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Store;
import dev.cogbot.api.Timer;
import dev.cogbot.api.error.BadArgument;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.pf4j.Extension;

/**
 * Polls answered with buttons, kept in the plugin's store so they keep counting after a reload or a
 * restart:
 * <ul>
 *   <li>{@code !poll "Lunch?" pizza sushi "fish and chips"}, or {@code /poll question:Lunch?
 *       options:pizza, sushi, fish and chips}: a message with the question, each answer's votes and a
 *       button per answer (2 to 10), and a Close button; {@code !poll 2h "Lunch?" pizza sushi} (or
 *       {@code closes_in:2h}) also closes it by itself after two hours, with a durable timer;
 *   <li>a click on an answer votes for it; on another answer, moves the vote there; on the same
 *       answer again, takes the vote back. One vote per member per poll; the counts are shown to
 *       all, and what one voted for only to them;
 *   <li>Close ends the poll: the buttons go and the result is shown. Only who asked, the bot's
 *       owners and members who can manage messages in the channel may close it.
 * </ul>
 */
@Extension
public final class PollCog implements Cog {

    /** The counter the polls' numbers are drawn from. */
    static final String NUMBERS = "polls.numbered";
    /** The kind of the timers closing polls by themselves: {@code poll:<id>}, its payload the message's id. */
    private static final String CLOSING = "poll";
    static final Duration SHORTEST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofDays(30);

    /** Clicks on one poll are handled one at a time; a few locks shared by all polls are enough. */
    private final ReentrantLock[] locks = new ReentrantLock[16];

    private volatile Bot bot;
    private volatile Store store;
    private volatile Ballots ballots;

    public PollCog() {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @Override
    public String name() {
        return "Poll";
    }

    @Override
    public String description() {
        return "Polls with a button per answer";
    }

    @Override
    public void onLoad(Bot bot) {
        this.bot = bot;
        this.store = bot.store();
        this.ballots = new Ballots(store);
        bot.timers().onFire(CLOSING, this::closeWhenDue);
    }

    @Command(name = "poll", usage = "[closes_in] <question> <answers...>",
            help = "Asks a question with a button per answer; click to vote, click again to take the vote back.\n"
                    + "!poll \"Lunch?\" pizza sushi \"fish and chips\": 2 to 10 answers (or separated by commas)."
                    + " Who asked, or a member who can manage messages, closes it; given a duration first"
                    + " (!poll 2h ...), it also closes by itself then.")
    public void poll(Context ctx,
                     @Arg(value = "closes_in", unit = ChronoUnit.MINUTES,
                          help = "close it by itself after this long, e.g. 30m or 2h (a bare number is minutes)")
                     Optional<Duration> closesIn,
                     @Arg(value = "question", help = "what to ask, e.g. Lunch at noon?") String question,
                     @Arg(value = PollOptions.ARGUMENT, rest = true,
                          help = "2 to 10 answers, separated by commas: pizza, sushi, fish and chips") String options) {
        String asked = question.strip();
        if (asked.isEmpty() || asked.length() > Poll.MAX_QUESTION) {
            throw new BadArgument("question", "a question is 1 to " + Poll.MAX_QUESTION + " characters, not "
                    + asked.length());
        }
        List<String> answers = PollOptions.parse(options);
        Instant closesAt = closesIn.map(PollCog::checkedDuration).map(bot.now()::plus).orElse(null);
        Poll poll = new Poll(store.increment(NUMBERS), asked, answers, ctx.author().id(), ctx.author().name(), false,
                closesAt);
        store.putRecord(Poll.key(poll.id()), poll);
        Message sent = ctx.send(PollView.of(poll, ballots.counts(poll)));
        if (closesAt != null) {
            bot.timers().schedule(timerName(poll.id()), closesAt, sent.id(), ctx.channel());
        }
    }

    private static Duration checkedDuration(Duration closesIn) {
        if (closesIn.compareTo(SHORTEST) < 0 || closesIn.compareTo(LONGEST) > 0) {
            throw new BadArgument("closes_in", "a poll can close by itself from " + Durations.format(SHORTEST) + " to "
                    + Durations.format(LONGEST) + " after it is asked, not " + Durations.format(closesIn));
        }
        return closesIn;
    }

    /** Every click on a poll's buttons: {@code poll:<id>:<answer>} or {@code poll:<id>:close}. */
    @OnComponent(PollButton.PREFIX)
    public void click(Click click) {
        PollButton button;
        try {
            button = PollButton.parse(click.componentId());
        } catch (IllegalArgumentException e) {
            click.replyPrivately("That button is not one of a poll's.");
            return;
        }
        ReentrantLock lock = lockOf(button.pollId());
        lock.lock();
        try {
            Optional<Poll> found = store.getRecord(Poll.key(button.pollId()), Poll.class);
            if (found.isEmpty()) {
                click.replyPrivately("This poll is no longer kept, so it takes no votes.");
                return;
            }
            Poll poll = found.get();
            if (poll.closed()) {
                // its message still had buttons (an edit that did not arrive): show it closed again
                click.update(PollView.of(poll, ballots.counts(poll)));
                click.replyPrivately("This poll is closed.");
                return;
            }
            switch (button) {
                case PollButton.Vote vote -> vote(click, poll, vote.option());
                case PollButton.Close close -> close(click, poll);
            }
        } finally {
            lock.unlock();
        }
    }

    private void vote(Click click, Poll poll, int option) {
        if (option < 0 || option >= poll.options().size()) {
            click.replyPrivately("That answer is not in this poll.");
            return;
        }
        Ballots.Outcome outcome = ballots.click(poll.id(), click.user().id(), option);
        click.update(PollView.of(poll, ballots.counts(poll)));
        List<String> answers = poll.options();
        click.replyPrivately(switch (outcome) {
            case Ballots.Outcome.Cast cast -> "You voted for " + answers.get(cast.option()) + ".";
            case Ballots.Outcome.Moved moved -> "You moved your vote from " + answers.get(moved.from()) + " to "
                    + answers.get(moved.to()) + ".";
            case Ballots.Outcome.Withdrawn withdrawn -> "You took back your vote for " + answers.get(withdrawn.option())
                    + ".";
        });
    }

    private void close(Click click, Poll poll) {
        if (!mayClose(click, poll)) {
            click.replyPrivately("Only " + poll.creatorName() + ", who asked, or a member who can manage messages here"
                    + " can close this poll.");
            return;
        }
        Poll closed = closeNow(poll);
        if (closed.closing().isPresent()) {
            bot.timers().cancel(timerName(closed.id()));
        }
        click.update(PollView.of(closed, ballots.counts(closed)));
    }

    /** Ends the poll in the store: its votes stay counted, who voted for what is forgotten. */
    private Poll closeNow(Poll poll) {
        Poll closed = poll.asClosed();
        store.putRecord(Poll.key(closed.id()), closed);
        ballots.forgetVoters(closed.id());
        return closed;
    }

    /** The timer's handler: closes the poll, unless a click did first, and shows its result on its message. */
    private void closeWhenDue(Timer timer) {
        long pollId = Long.parseLong(timer.name().substring(CLOSING.length() + 1));
        ReentrantLock lock = lockOf(pollId);
        lock.lock();
        try {
            Optional<Poll> open = store.getRecord(Poll.key(pollId), Poll.class).filter(poll -> !poll.closed());
            if (open.isEmpty()) {
                return;
            }
            Poll closed = closeNow(open.get());
            Optional<Message> message = timer.channel().flatMap(channel -> channel.fetchMessage(timer.payload()));
            message.ifPresent(m -> m.edit(PollView.of(closed, ballots.counts(closed))));
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock lockOf(long pollId) {
        return locks[(int) Math.floorMod(pollId, (long) locks.length)];
    }

    private static String timerName(long pollId) {
        return CLOSING + ":" + pollId;
    }

    private boolean mayClose(Click click, Poll poll) {
        if (click.user().id().equals(poll.creatorId()) || bot.isOwner(click.user())) {
            return true;
        }
        return click.member()
                .map(member -> Permission.missing(click.channel().permissionsOf(member), List.of(Permission.MANAGE_MESSAGES))
                        .isEmpty())
                .orElse(false);
    }
}
