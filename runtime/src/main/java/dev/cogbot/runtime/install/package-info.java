/**
 * {@code cogbot install}: a plugin JAR fetched from Maven repositories (or taken from a file),
 * checked as the runtime would check it, and put into the plugins folder, where a running bot's
 * folder watcher picks it up. Installing never loads anything itself: the folder is the one door.
 */
package dev.cogbot.runtime.install;
