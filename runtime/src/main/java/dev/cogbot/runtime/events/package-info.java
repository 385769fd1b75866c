/**
 * Cogs' {@link dev.cogbot.api.Listen @Listen} methods: read at load, called on their plugin's
 * threads for each event, and gone at unload.
 */
package dev.cogbot.runtime.events;
