package dev.cogbot.runtime.commands;

import java.time.Duration;

/**
 * How much one member may have the bot do at once, so that a member's flood costs the bot (and
 * Discord's rate-limited REST queue, which every reply shares) a few commands, not thousands.
 *
 * <pre>{@code
 * CommandLimits limits = new CommandLimits(20, 10, 4, 8, Duration.ofMinutes(1), Duration.ofSeconds(10),
 *         Duration.ofSeconds(30));
 * }</pre>
 *
 * @param burstPerUser     commands one member may send at once, before their rate applies
 * @param perSecondPerUser commands one member may send per second after a burst
 * @param runningPerUser   commands of one member that may run at once (a command waiting for a
 *                         reply or sleeping still runs, for {@code slotHeldWhileWaiting})
 * @param queuedPerUser    commands of one member that may wait for one of those to end
 * @param noticeInterval   how often at most a member whose commands are dropped is told so (and a
 *                         warning logged)
 * @param slotHeldWhileWaiting how long a command parked in a wait (a sleep, a wait for a reply)
 *                         still counts as running; after that its slot goes to the next of its
 *                         member's commands waiting their turn, so a day-long hush does not keep
 *                         its member's later commands out
 * @param queuedAtMost     how long a command may wait its turn; one that waited longer is dropped
 *                         (and its member told), not run long after it was sent
 */
public record CommandLimits(int burstPerUser, int perSecondPerUser, int runningPerUser, int queuedPerUser,
                            Duration noticeInterval, Duration slotHeldWhileWaiting, Duration queuedAtMost) {

    /**
     * Bursts of 20, 10 a second, 4 running, 8 waiting, one notice a minute, a waiting command
     * counts as running for its first 10 seconds, nothing waits its turn longer than 30 seconds.
     */
    public static final CommandLimits DEFAULTS = new CommandLimits(20, 10, 4, 8, Duration.ofMinutes(1),
            Duration.ofSeconds(10), Duration.ofSeconds(30));

    /**
     * Limits too high ever to bind, for input from the bot's operator alone (see
     * {@code Transport.operatorOnly()}); they are still checked on every command.
     */
    public static final CommandLimits NONE = new CommandLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE, Duration.ZERO, Duration.ZERO, Duration.ofDays(3650));

    public CommandLimits {
        if (burstPerUser < 1) {
            throw new IllegalArgumentException("a member must be able to send at least one command at once, got " + burstPerUser);
        }
        if (perSecondPerUser < 1) {
            throw new IllegalArgumentException("a member must be able to send at least one command a second, got "
                    + perSecondPerUser);
        }
        if (runningPerUser < 1) {
            throw new IllegalArgumentException("a member must be able to run at least one command, got " + runningPerUser);
        }
        if (queuedPerUser < 0) {
            throw new IllegalArgumentException("the queue of a member's commands cannot be negative, got " + queuedPerUser);
        }
        if (noticeInterval.isNegative()) {
            throw new IllegalArgumentException("the notice interval cannot be negative, got " + noticeInterval);
        }
        if (slotHeldWhileWaiting.isNegative()) {
            throw new IllegalArgumentException("how long a waiting command holds its slot cannot be negative, got "
                    + slotHeldWhileWaiting);
        }
        if (queuedAtMost.isNegative() || queuedAtMost.isZero()) {
            throw new IllegalArgumentException("how long a command may wait its turn must be positive, got " + queuedAtMost);
        }
    }
}
