package dev.cogbot.runtime.commands;

/**
 * What became of the commands members sent since the bot started (see {@link CommandLimits}).
 *
 * <pre>{@code
 * AdmissionCounts counts = runtime.dispatcher().admissionCounts();
 * long turnedAway = counts.dropped();
 * }</pre>
 *
 * @param started commands started, at once or after waiting their turn
 * @param queued  commands that had to wait their turn
 * @param dropped commands dropped because their member had too many going
 */
public record AdmissionCounts(long started, long queued, long dropped) {
}
