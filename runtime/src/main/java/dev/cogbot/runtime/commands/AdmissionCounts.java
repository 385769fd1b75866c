package dev.cogbot.runtime.commands;

/**
 * What became of the commands members sent since the bot started (see {@link CommandLimits}):
 * each was started at once, queued, or dropped.
 *
 * <pre>{@code
 * AdmissionCounts counts = runtime.dispatcher().admissionCounts();
 * long turnedAway = counts.dropped();
 * }</pre>
 *
 * @param started commands started at once
 * @param queued  commands that had to wait their turn (and started once it came, unless their
 *                plugin was unloaded or the bot stopped first, or it waited longer than
 *                {@link CommandLimits#queuedAtMost()} and was dropped)
 * @param dropped commands dropped because their member had too many going
 */
public record AdmissionCounts(long started, long queued, long dropped) {

    /** Every command offered: started, queued or dropped. */
    public long offered() {
        return started + queued + dropped;
    }

    /** The commands let in: started at once or queued. */
    public long accepted() {
        return started + queued;
    }
}
