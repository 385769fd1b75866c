/**
 * A local fake of Discord's REST API (v10) and gateway for tests: start one with
 * {@link dev.cogbot.discordfake.FakeDiscord#start(FakeDiscordConfig)}, point JDA at its
 * {@code restBaseUrl()} and {@code gatewayUrl()}, drive users with {@code userSays}, and assert on what it
 * recorded. Listens on 127.0.0.1 only.
 */
package dev.cogbot.discordfake;
