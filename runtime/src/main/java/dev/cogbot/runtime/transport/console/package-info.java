/**
 * The local console the bot talks on when no Discord token is configured: one channel,
 * {@code #general}, where you chat as yourself (the owner) or, with {@code /as}, as anyone else.
 * Interactive on a terminal (JLine: history, output printed above the prompt); scripted when
 * stdin is a pipe or file, one message per line, each answered before the next is read.
 */
package dev.cogbot.runtime.transport.console;
