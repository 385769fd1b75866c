/** The {@code cogbot} command line (picocli): running the bot, and later managing a running one. */
package dev.cogbot.runtime.cli;
