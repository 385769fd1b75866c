package dev.cogbot.runtime.commands;

import dev.cogbot.api.Cancellable;
import dev.cogbot.runtime.scheduling.ParkWatch;
import dev.cogbot.runtime.scheduling.Scheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One started command's running slot (see {@link CommandAdmission}): given back when the command
 * ends, or once it has been parked in one wait for longer than
 * {@link CommandLimits#slotHeldWhileWaiting()}, whichever comes first, and given back only once. A
 * command that gave its slot back while waiting does not take it again when it wakes: what it does
 * then is a little work at the end of a long wait, and its member's budget already bounds how many
 * such waits they can start.
 */
final class RunningSlot implements ParkWatch.Listener {

    private final Scheduler scheduler;
    private final Duration heldWhileWaiting;
    private final Runnable giveBack;
    private final AtomicBoolean givenBack = new AtomicBoolean();
    private volatile Cancellable timer;

    RunningSlot(Scheduler scheduler, Duration heldWhileWaiting, Runnable giveBack) {
        this.scheduler = scheduler;
        this.heldWhileWaiting = heldWhileWaiting;
        this.giveBack = giveBack;
    }

    @Override
    public void parked() {
        if (givenBack.get()) {
            return;
        }
        if (heldWhileWaiting.isZero()) {
            giveBack();
        } else {
            try {
                timer = scheduler.schedule(heldWhileWaiting, this::giveBack);
            } catch (RuntimeException timersStopped) {
                // the bot is stopping: nothing more will start, so the slot may as well go now
                giveBack();
            }
        }
    }

    @Override
    public void woken() {
        Cancellable pending = timer;
        if (pending != null) {
            timer = null;
            pending.cancel();
        }
    }

    /** Gives the slot back, unless it already was. */
    void giveBack() {
        if (givenBack.compareAndSet(false, true)) {
            giveBack.run();
        }
    }
}
