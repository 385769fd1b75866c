package dev.cogbot.runtime.commands;

import dev.cogbot.api.Cancellable;
import dev.cogbot.runtime.scheduling.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
 * reply) keeps its running slot for {@link CommandLimits#slotHeldWhileWaiting()} only; after
 * that, the slot is taken back for the next of its member's commands waiting their turn
 * ({@link RunningSlot}; checked when a command is queued and when one parks, so a wait costs no
 * timer unless someone waits for its slot): a hush that lasts a day, or a knock-knock waiting a minute for
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
        final Consumer<RunningSlot> start;
        final Consumer<Verdict> expired;
        volatile Cancellable expiry;

        Waiting(Consumer<RunningSlot> start, Consumer<Verdict> expired) {
            this.start = start;
            this.expired = expired;
        }
    }

    /** A queued command let in, with the slot it runs in. */
    private record Admitted(Waiting command, RunningSlot slot) {
    }

    private static final class Member {
        /** The slots of the member's commands running now; their number is the member's running count. */
        final List<RunningSlot> slots = new ArrayList<>();
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
     * Offers member {@code authorId}'s command; {@code start} is run with the command's slot now if
     * it may start, or later if it waits. Whoever runs {@code start} must
     * {@link RunningSlot#giveBack give the slot back} once the command has ended (or failed to
     * start). If it waits longer than {@link CommandLimits#queuedAtMost()}, {@code expired} is run
     * instead of {@code start}, with {@link Verdict#DROPPED} or {@link Verdict#DROPPED_NOTIFY}.
     */
    Verdict offer(String authorId, Consumer<RunningSlot> start, Consumer<Verdict> expired) {
        Instant now = scheduler.now();
        if (!budgets.take(authorId, now)) {
            return dropped(authorId);
        }
        Verdict[] verdict = new Verdict[1];
        RunningSlot[] slot = new RunningSlot[1];
        Instant[] reclaimCheck = new Instant[1];
        Waiting waiting = new Waiting(start, expired);
        members.compute(authorId, (id, member) -> {
            Member m = member == null ? new Member() : member;
            if (m.slots.size() >= limits.runningPerUser()) {
                reclaim(m, now);
            }
            if (m.slots.size() < limits.runningPerUser()) {
                slot[0] = newSlot(m, authorId);
                verdict[0] = Verdict.STARTED;
            } else if (m.waiting.size() < limits.queuedPerUser()) {
                m.waiting.add(waiting);
                verdict[0] = Verdict.QUEUED;
                reclaimCheck[0] = earliestReclaim(m);
            } else {
                verdict[0] = Verdict.DROPPED;
            }
            return m;
        });
        switch (verdict[0]) {
            case STARTED -> {
                started.incrementAndGet();
                start.accept(slot[0]);
            }
            case QUEUED -> {
                queued.incrementAndGet();
                waiting.expiry = at(now.plus(limits.queuedAtMost()), () -> expire(authorId, waiting));
                if (reclaimCheck[0] != null) {
                    at(reclaimCheck[0], () -> letIn(authorId));
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
     * runtime, bounded elsewhere): only the member's budget decides. {@code start} is run now with
     * {@link RunningSlot#NONE} if it may start.
     */
    Verdict offerOutsideSlots(String authorId, Consumer<RunningSlot> start) {
        if (!budgets.take(authorId, scheduler.now())) {
            return dropped(authorId);
        }
        started.incrementAndGet();
        start.accept(RunningSlot.NONE);
        return Verdict.STARTED;
    }

    private Verdict dropped(String authorId) {
        dropped.incrementAndGet();
        return timeToTell(authorId) ? Verdict.DROPPED_NOTIFY : Verdict.DROPPED;
    }

    /**
     * One of member {@code authorId}'s commands parked in a wait; its slot may be taken back at
     * {@code reclaimable}. Only worth a timer if some command of the member waits its turn.
     */
    void parked(String authorId, Instant reclaimable) {
        boolean[] someoneWaits = new boolean[1];
        members.computeIfPresent(authorId, (id, m) -> {
            someoneWaits[0] = !m.waiting.isEmpty();
            return m;
        });
        if (someoneWaits[0]) {
            at(reclaimable, () -> letIn(authorId));
        }
    }

    /** Takes back the slots of commands that waited long enough, and lets queued commands into them. */
    private void letIn(String authorId) {
        Instant now = scheduler.now();
        List<Admitted> admitted = new ArrayList<>();
        Instant[] recheck = new Instant[1];
        members.computeIfPresent(authorId, (id, m) -> {
            reclaim(m, now);
            admitFromQueue(m, authorId, admitted);
            recheck[0] = m.waiting.isEmpty() ? null : earliestReclaim(m);
            return m.slots.isEmpty() && m.waiting.isEmpty() ? null : m;
        });
        startAll(admitted);
        if (recheck[0] != null) {
            at(recheck[0], () -> letIn(authorId));
        }
    }

    /** A command that waited too long leaves the queue, if it is still there, dropped. */
    private void expire(String authorId, Waiting waiting) {
        Instant now = scheduler.now();
        List<Admitted> admitted = new ArrayList<>();
        boolean[] removed = new boolean[1];
        members.computeIfPresent(authorId, (id, m) -> {
            // a slot free to take back now goes to the queue first, this command perhaps
            reclaim(m, now);
            admitFromQueue(m, authorId, admitted);
            removed[0] = m.waiting.remove(waiting);
            return m.slots.isEmpty() && m.waiting.isEmpty() ? null : m;
        });
        startAll(admitted);
        if (removed[0]) {
            // counted as queued already, not again as dropped: the counts add up to what was offered
            waiting.expired.accept(timeToTell(authorId) ? Verdict.DROPPED_NOTIFY : Verdict.DROPPED);
        }
    }

    /**
     * One of member {@code authorId}'s commands has ended, or given its slot back: the next one
     * waiting, if any, starts in its place.
     */
    void finished(String authorId, RunningSlot slot) {
        List<Admitted> admitted = new ArrayList<>(1);
        members.computeIfPresent(authorId, (id, m) -> {
            m.slots.remove(slot);
            admitFromQueue(m, authorId, admitted);
            return m.slots.isEmpty() && m.waiting.isEmpty() ? null : m;
        });
        startAll(admitted);
    }

    /** Frees the slots of {@code m}'s commands that have waited long enough; call inside the member's compute. */
    private void reclaim(Member m, Instant now) {
        m.slots.removeIf(slot -> slot.reclaimableAt(now) && slot.claim());
    }

    /** Moves queued commands into free slots; call inside the member's compute, start them after. */
    private void admitFromQueue(Member m, String authorId, List<Admitted> admitted) {
        while (m.slots.size() < limits.runningPerUser() && !m.waiting.isEmpty()) {
            admitted.add(new Admitted(m.waiting.poll(), newSlot(m, authorId)));
        }
    }

    private RunningSlot newSlot(Member m, String authorId) {
        RunningSlot slot = new RunningSlot(this, authorId, limits.slotHeldWhileWaiting(), scheduler::now);
        m.slots.add(slot);
        return slot;
    }

    /** When the first of {@code m}'s waiting commands' slots may be taken back, or null if none waits. */
    private static Instant earliestReclaim(Member m) {
        Instant earliest = null;
        for (RunningSlot slot : m.slots) {
            Instant from = slot.reclaimableFrom();
            if (from != null && (earliest == null || from.isBefore(earliest))) {
                earliest = from;
            }
        }
        return earliest;
    }

    private static void startAll(List<Admitted> admitted) {
        for (Admitted next : admitted) {
            Cancellable expiry = next.command().expiry;
            if (expiry != null) {
                expiry.cancel();
            }
            next.command().start.accept(next.slot());
        }
    }

    /** A timer, or none if the timers have stopped (the bot is closing: nothing more will start). */
    private Cancellable at(Instant deadline, Runnable action) {
        try {
            return scheduler.schedule(Duration.between(scheduler.now(), deadline), action);
        } catch (RuntimeException timersStopped) {
            return null;
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
