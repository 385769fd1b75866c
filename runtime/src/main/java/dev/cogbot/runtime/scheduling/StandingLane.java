package dev.cogbot.runtime.scheduling;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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
 * <pre>{@code
 * StandingLane inbound = new StandingLane("cogbot-inbound", 10_000, scheduler.runningTasks());
 * inbound.offer(() -> handle(message));   // returns at once; false if full or closed
 * inbound.close();
 * }</pre>
 */
public final class StandingLane implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StandingLane.class);

    private final BlockingQueue<Runnable> tasks;
    private final RunningTasks running;
    private final Thread thread;
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
        if (!tasks.offer(task)) {
            running.stopped();
            return false;
        }
        if (closed && tasks.remove(task)) {
            running.stopped(); // closed meanwhile, and the thread did not take it
            return false;
        }
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
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                log.warn("A task of {} failed", thread.getName(), e);
            } finally {
                Thread.interrupted(); // one task's interrupt is not the next one's
                running.stopped();
            }
        }
        Runnable left;
        while ((left = tasks.poll()) != null) {
            running.stopped();
        }
    }
}
