/**
 * The control channel: how {@code cogbot plugins|load|unload|reload|status} reach the bot running
 * on the same data folder.
 *
 * <p>The running bot listens on a Unix domain socket, {@code DATA/control/cogbot.sock}, inside a
 * folder only its user may enter ({@code rwx------}), the socket itself {@code rw-------}; a lock
 * file beside it ({@code cogbot.lock}) is held while the bot runs, so a second bot on the same data
 * folder refuses to start. Each connection carries one request and its response:
 *
 * <pre>
 * → load	jokes                      one line: a verb and its words, tab-separated
 * ← line	loaded jokes 0.1.0 (…)     zero or more lines of text for the user
 * ← end	ok                         the outcome, which the CLI turns into its exit code
 * </pre>
 *
 * Words and lines escape {@code \}, tab, CR and LF as {@code \\ \t \r \n}; see {@link
 * dev.cogbot.runtime.control.ControlRequest} and {@link dev.cogbot.runtime.control.ControlResponse}.
 */
package dev.cogbot.runtime.control;
