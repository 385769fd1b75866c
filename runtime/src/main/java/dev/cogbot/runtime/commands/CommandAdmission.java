package dev.cogbot.runtime.commands;

import dev.cogbot.api.Cancellable;
import dev.cogbot.runtime.scheduling.Scheduler;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Decides, per member, whether a command starts now, waits its turn, or is dropped: a member
 * sends at most {@link CommandLimits#burstPerUser()} at once and
 * {@link CommandLimits#perSecondPerUser()} after that, at most
 * {@link CommandLimits#runningPerUser()} run at once and {@link CommandLimits#queuedPerUser()}
 * wait behind them. Everything here is a constant amount of work per message, so a flood is
 * turned away as cheaply as it arrives, and one member's flood never holds up another member.
 *
 * <p>Waiting is not running, beyond a point. A command parked in a wait (a sleep, a wait for a
 * reply) keeps its running slot for {@link CommandLimits#slotHeldWhileWaiting()} only, then gives
 * it back ({@link RunningSlot}): a hush that lasts a day, or a knock-knock waiting a minute for
 * its answer, would otherwise keep its member's later commands out all that time, and a parked
 * virtual thread costs almost nothing. A flood is still held: every command spends the member's
 * budget, so however its commands wait, a member starts at most a burst and then a steady rate;
 * and a flood of short waits still finds the running slots taken. And a command never waits its
 * turn for longer than {@link CommandLimits#queuedAtMost()}: it is dropped, with the usual
 * notice, rather than run long after it was sent, when nobody expects it any more. The owners'
 * commands to the runtime itself take no running slot at all ({@link #offerOutsideSlots}): the
 * dispatcher runs them on a few platform threads of their own, and an owner whose runaway plugin
 * commands fill every slot must still be able to unload that plugin.
 *
 * <p>A member is forgotten as soon as nothing of theirs runs or waits; only their budget (until
 * it has refilled, see {@link CommandBudgets}) and the time of their last notice (until the notice
 * interval has passed) are kept.
 */
final class CommandAdmission {

    /** What became of a command. */
    enum Verdict {
        /** It was started. */
        STARTED,
        /** It waits for one of the member's running commands to end. */
        QUEUED,
        /** It was dropped; the member has been told recently. */
        DROPPED,
        /** It was dropped, and this is the moment to tell the member (and the log). */
        DROPPED_NOTIFY
    }

    /** A command waiting its turn; compared by identity, so an expiry removes exactly this one. */
    private static final class Waiting {
        final Runnable start;
        final Consumer<Verdict> expired;
        volatile Cancellable expiry;

        Waiting(Runnable start, Consumer<Verdict> expired) {
            this.start = start;
            this.expired = expired;
        }
    }

    private static final class Member {
        int running;
        final Queue<Waiting> waiting = new ArrayDeque<>();
    }

    private final CommandLimits limits;
    private final Scheduler scheduler;
    private final CommandBudgets budgets;
    private final ConcurrentHashMap<String, Member> members = new ConcurrentHashMap<>();
    private final SweptMap<String, Instant> quietUntil = new SweptMap<>();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    CommandAdmission(CommandLimits limits, Scheduler scheduler) {
        this.limits = limits;
        this.scheduler = scheduler;
        this.budgets = new CommandBudgets(limits.burstPerUser(), limits.perSecondPerUser());
    }

    /**
     * Offers member {@code authorId}'s command; {@code start} is run now if it may start, or later
     * by {@link #finished} if it waits. Whoever runs {@code start} must call {@link #finished} once
     * the command has ended (or failed to start), or has given its slot back. If it waits longer
     * than {@link CommandLimits#queuedAtMost()}, {@code expired} is run instead of {@code start},
     * with {@link Verdict#DROPPED} or {@link Verdict#DROPPED_NOTIFY}.
     */
    Verdict offer(String authorId, Runnable start, Consumer<Verdict> expired) {
        Verdict[] verdict = new Verdict[1];
        if (!budgets.take(authorId, scheduler.now())) {
            return dropped(authorId);
        }
        Waiting waiting = new Waiting(start, expired);
        members.compute(authorId, (id, member) -> {
            Member m = member == null ? new Member() : member;
            if (m.running < limits.runningPerUser()) {
                m.running++;
                verdict[0] = Verdict.STARTED;
            } else if (m.waiting.size() < limits.queuedPerUser()) {
                m.waiting.add(waiting);
                verdict[0] = Verdict.QUEUED;
            } else {
                verdict[0] = Verdict.DROPPED;
            }
            return m;
        });
        switch (verdict[0]) {
            case STARTED -> {
                started.incrementAndGet();
                start.run();
            }
            case QUEUED -> {
                queued.incrementAndGet();
                try {
                    waiting.expiry = scheduler.schedule(limits.queuedAtMost(), () -> expire(authorId, waiting));
                } catch (RuntimeException timersStopped) {
                    // the bot is stopping: the command starts in its turn or goes with the bot
                }
            }
            case DROPPED, DROPPED_NOTIFY -> {
                return dropped(authorId);
            }
        }
        return verdict[0];
    }

    /**
     * Offers a command that takes no running slot and never waits (an owner's command to the
     * runtime, bounded elsewhere): only the member's budget decides. {@code start} is run now if
     * it may start; {@link #finished} is not called for it.
     */
    Verdict offerOutsideSlots(String authorId, Runnable start) {
        if (!budgets.take(authorId, scheduler.now())) {
            return dropped(authorId);
        }
        started.incrementAndGet();
        start.run();
        return Verdict.STARTED;
    }

    private Verdict dropped(String authorId) {
        dropped.incrementAndGet();
        return timeToTell(authorId) ? Verdict.DROPPED_NOTIFY : Verdict.DROPPED;
    }

    /** A command that waited too long leaves the queue, if it is still there, dropped. */
    private void expire(String authorId, Waiting waiting) {
        boolean[] removed = new boolean[1];
        members.computeIfPresent(authorId, (id, m) -> {
            removed[0] = m.waiting.remove(waiting);
            return m;
        });
        if (removed[0]) {
            // counted as queued already, not again as dropped: the counts add up to what was offered
            waiting.expired.accept(timeToTell(authorId) ? Verdict.DROPPED_NOTIFY : Verdict.DROPPED);
        }
    }

    /**
     * One of member {@code authorId}'s commands has ended or given its slot back: the next one
     * waiting, if any, starts in its place.
     */
    void finished(String authorId) {
        Waiting[] next = new Waiting[1];
        members.computeIfPresent(authorId, (id, m) -> {
            next[0] = m.waiting.poll();
            if (next[0] == null) {
                m.running--;
            }
            return m.running == 0 ? null : m;
        });
        if (next[0] != null) {
            Cancellable expiry = next[0].expiry;
            if (expiry != null) {
                expiry.cancel();
            }
            next[0].start.run();
        }
    }

    AdmissionCounts counts() {
        return new AdmissionCounts(started.get(), queued.get(), dropped.get());
    }

    /** Whether the member's notice interval has passed; if so, it starts again now. */
    private boolean timeToTell(String authorId) {
        Instant now = scheduler.now();
        boolean[] tell = new boolean[1];
        // the map holds just the members told within the interval: the others are swept as it is used
        quietUntil.compute(authorId, (id, until) -> {
            if (until != null && now.isBefore(until)) {
                return until;
            }
            tell[0] = true;
            return now.plus(limits.noticeInterval());
        }, until -> !now.isBefore(until));
        return tell[0];
    }
}
