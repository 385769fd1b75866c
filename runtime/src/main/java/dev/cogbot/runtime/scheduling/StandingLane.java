package dev.cogbot.runtime.scheduling;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks run one at a time, in the order given, on one platform thread that stays until the lane is
 * closed: for the runtime's inbound reports, which come steadily, where starting a thread per report
 * (as a {@link SerialLane} does after each pause) would cost more than the command it carries, and
 * which must go on while plugins keep every virtual-thread carrier busy. Each task counts as running
 * in the bot's {@link RunningTasks} from when it is offered until it has run, so a bot with reports
 * waiting is not idle. Bounded: beyond {@code capacity} waiting, {@link #offer} refuses.
 *
 * <p>Handing a task over wakes the lane's thread when it is parked, which costs more than a short
 * task itself (15 µs against 1 µs for a command on 2 CPUs). A task the caller knows to be short and
 * never to block may therefore be {@linkplain #runHereIfIdle run on the caller's thread} when the
 * lane has nothing unfinished: still one at a time and in order, as nothing is queued for it to
 * overtake, and what comes meanwhile waits behind it.
 *
 * <pre>{@code
 * StandingLane inbound = new StandingLane("cogbot-inbound", 10_000, scheduler.runningTasks());
 * inbound.offer(() -> handle(message));          // returns at once; false if full or closed
 * inbound.runHereIfIdle(() -> handle(message));  // here when the lane is idle, else as offer
 * inbound.close();
 * }</pre>
 */
public final class StandingLane implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StandingLane.class);

    private final BlockingQueue<Runnable> tasks;
    private final RunningTasks running;
    private final Thread thread;
    /** Tasks offered or running here, not finished yet: a task runs on its caller's thread only at none. */
    private final AtomicInteger unfinished = new AtomicInteger();
    /** Held while a task runs, on the lane's thread or a caller's, so that one waits for the other. */
    private final ReentrantLock turn = new ReentrantLock();
    private volatile boolean closed;

    public StandingLane(String name, int capacity, RunningTasks running) {
        this.tasks = new LinkedBlockingQueue<>(capacity);
        this.running = running;
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::drain);
    }

    /**
     * Queues {@code task} behind the ones before it.
     *
     * @return {@code false}, and the task will not run, if the lane is full or closed
     */
    public boolean offer(Runnable task) {
        if (closed) {
            return false;
        }
        running.started();
        unfinished.incrementAndGet();
        if (!tasks.offer(task)) {
            finished();
            return false;
        }
        if (closed && tasks.remove(task)) {
            finished(); // closed meanwhile, and the thread did not take it
            return false;
        }
        return true;
    }

    /**
     * Runs {@code task} on the calling thread if the lane has nothing unfinished, else queues it as
     * {@link #offer} does. Only for a task that is short and never blocks: the caller's thread, and
     * the tasks offered meanwhile, wait for it. A task that fails is logged, as on the lane's thread.
     *
     * @return {@code false}, and the task will not run, if the lane is full or closed
     */
    public boolean runHereIfIdle(Runnable task) {
        if (closed) {
            return false;
        }
        // the turn first, then the count: once both are ours, a task offered later waits for the
        // turn, and one offered earlier made the count non-zero, so this one goes behind it
        if (!turn.tryLock()) {
            return offer(task);
        }
        boolean idle;
        try {
            idle = unfinished.compareAndSet(0, 1);
            if (idle) {
                running.started();
                run(task);
            }
        } finally {
            turn.unlock();
        }
        if (!idle) {
            return offer(task); // behind the task unfinished
        }
        finished();
        return true;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Drops the tasks waiting and stops the thread, interrupting the task running, if any. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private void drain() {
        while (!closed) {
            Runnable task;
            try {
                task = tasks.take();
            } catch (InterruptedException e) {
                continue; // closing, or a task's interrupt left behind: the loop's test decides
            }
            turn.lock();
            try {
                run(task);
            } finally {
                turn.unlock();
                Thread.interrupted(); // one task's interrupt is not the next one's
                finished();
            }
        }
        Runnable left;
        while ((left = tasks.poll()) != null) {
            finished();
        }
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            log.warn("A task of {} failed", thread.getName(), e);
        }
    }

    private void finished() {
        unfinished.decrementAndGet();
        running.stopped();
    }
}
