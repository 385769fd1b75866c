package dev.cogbot.runtime.commands;

import dev.cogbot.runtime.scheduling.ParkWatch;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One started command's running slot (see {@link CommandAdmission}): given back when the command
 * ends, or taken back by the admission once the command has been parked in one wait for longer
 * than {@link CommandLimits#slotHeldWhileWaiting()} while another command of its member waits its
 * turn; either way only once. A command whose slot was taken back does not take it again when it
 * wakes: what it does then is a little work at the end of a long wait, and its member's budget
 * already bounds how many such waits they can start.
 */
final class RunningSlot implements ParkWatch.Listener {

    /** For a command that takes no slot: nothing to give back. */
    static final RunningSlot NONE = new RunningSlot(null, null, Duration.ZERO, Instant::now);

    private final CommandAdmission admission;
    private final String authorId;
    private final Duration heldWhileWaiting;
    private final Supplier<Instant> clock;
    private final AtomicBoolean givenBack;
    private volatile Instant parkedSince;

    RunningSlot(CommandAdmission admission, String authorId, Duration heldWhileWaiting, Supplier<Instant> clock) {
        this.admission = admission;
        this.authorId = authorId;
        this.heldWhileWaiting = heldWhileWaiting;
        this.clock = clock;
        this.givenBack = new AtomicBoolean(admission == null);
    }

    @Override
    public void parked() {
        if (givenBack.get()) {
            return;
        }
        if (heldWhileWaiting.isZero()) {
            giveBack();
            return;
        }
        Instant now = clock.get();
        parkedSince = now;
        admission.parked(authorId, now.plus(heldWhileWaiting));
    }

    @Override
    public void woken() {
        parkedSince = null;
    }

    /** Whether the admission may take this slot back at {@code now}: its command has waited long enough. */
    boolean reclaimableAt(Instant now) {
        Instant since = parkedSince;
        return since != null && !givenBack.get() && !now.isBefore(since.plus(heldWhileWaiting));
    }

    /** When this slot becomes reclaimable if its command goes on waiting, or null if it is not waiting. */
    Instant reclaimableFrom() {
        Instant since = parkedSince;
        return since == null || givenBack.get() ? null : since.plus(heldWhileWaiting);
    }

    /** Marks the slot given back; false if it already was. The caller does the accounting. */
    boolean claim() {
        return givenBack.compareAndSet(false, true);
    }

    /** The command ended: gives the slot back, unless it already was. */
    void giveBack() {
        if (claim()) {
            admission.finished(authorId, this);
        }
    }
}
