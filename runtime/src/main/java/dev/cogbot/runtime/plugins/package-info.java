/** Plugin JARs: finding, loading, starting and stopping them with PF4J, and handing their cogs to the bot. */
package dev.cogbot.runtime.plugins;
