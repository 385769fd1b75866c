package dev.cogbot.runtime.commands;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Decides, per member, whether a command starts now, waits its turn, or is dropped: a member
 * sends at most {@link CommandLimits#burstPerUser()} at once and
 * {@link CommandLimits#perSecondPerUser()} after that, at most
 * {@link CommandLimits#runningPerUser()} run at once and {@link CommandLimits#queuedPerUser()}
 * wait behind them. Everything here is a constant amount of work per message, so a flood is
 * turned away as cheaply as it arrives, and one member's flood never holds up another member.
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

    private static final class Member {
        int running;
        final Queue<Runnable> waiting = new ArrayDeque<>();
    }

    private final CommandLimits limits;
    private final Supplier<Instant> clock;
    private final CommandBudgets budgets;
    private final ConcurrentHashMap<String, Member> members = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Instant> quietUntil = new ConcurrentHashMap<>();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    CommandAdmission(CommandLimits limits, Supplier<Instant> clock) {
        this.limits = limits;
        this.clock = clock;
        this.budgets = new CommandBudgets(limits.burstPerUser(), limits.perSecondPerUser());
    }

    /**
     * Offers member {@code authorId}'s command; {@code start} is run now if it may start, or later
     * by {@link #finished} if it waits. Whoever runs {@code start} must call {@link #finished} once
     * the command has ended (or failed to start).
     */
    Verdict offer(String authorId, Runnable start) {
        Verdict[] verdict = new Verdict[1];
        if (!budgets.take(authorId, clock.get())) {
            return dropped(authorId);
        }
        members.compute(authorId, (id, member) -> {
            Member m = member == null ? new Member() : member;
            if (m.running < limits.runningPerUser()) {
                m.running++;
                verdict[0] = Verdict.STARTED;
            } else if (m.waiting.size() < limits.queuedPerUser()) {
                m.waiting.add(start);
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
            case QUEUED -> queued.incrementAndGet();
            case DROPPED, DROPPED_NOTIFY -> {
                return dropped(authorId);
            }
        }
        return verdict[0];
    }

    private Verdict dropped(String authorId) {
        dropped.incrementAndGet();
        return timeToTell(authorId) ? Verdict.DROPPED_NOTIFY : Verdict.DROPPED;
    }

    /** One of member {@code authorId}'s commands has ended: the next one waiting, if any, starts in its place. */
    void finished(String authorId) {
        Runnable[] next = new Runnable[1];
        members.computeIfPresent(authorId, (id, m) -> {
            next[0] = m.waiting.poll();
            if (next[0] == null) {
                m.running--;
            }
            return m.running == 0 ? null : m;
        });
        if (next[0] != null) {
            next[0].run();
        }
    }

    AdmissionCounts counts() {
        return new AdmissionCounts(started.get(), queued.get(), dropped.get());
    }

    /** Whether the member's notice interval has passed; if so, it starts again now. */
    private boolean timeToTell(String authorId) {
        Instant now = clock.get();
        boolean[] tell = new boolean[1];
        quietUntil.compute(authorId, (id, until) -> {
            if (until != null && now.isBefore(until)) {
                return until;
            }
            tell[0] = true;
            return now.plus(limits.noticeInterval());
        });
        if (tell[0]) {
            // only when a notice is due, so the map holds just the members told within the interval
            quietUntil.entrySet().removeIf(e -> !now.isBefore(e.getValue()));
            quietUntil.putIfAbsent(authorId, now.plus(limits.noticeInterval()));
        }
        return tell[0];
    }
}
