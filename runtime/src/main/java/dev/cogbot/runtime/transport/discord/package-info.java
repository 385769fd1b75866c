/**
 * Discord through JDA: a shard manager (one shard unless asked for more) whose REST base can be
 * pointed elsewhere — a rate-limit proxy, or the local Discord-protocol server the tests use.
 */
package dev.cogbot.runtime.transport.discord;
