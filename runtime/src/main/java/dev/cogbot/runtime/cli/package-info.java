/**
 * The {@code cogbot} command line (picocli): running the bot, and managing the running one
 * ({@code plugins}, {@code load}, {@code unload}, {@code reload}, {@code status}) over its control
 * channel, {@link dev.cogbot.runtime.control}. {@link dev.cogbot.runtime.cli.ExitCode} lists the exit codes.
 */
package dev.cogbot.runtime.cli;
