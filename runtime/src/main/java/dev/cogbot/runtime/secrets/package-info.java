/** Keeping secrets out of what the bot shows: error messages, logs and status. */
package dev.cogbot.runtime.secrets;
