/**
 * A test kit for cogs: a real {@link dev.cogbot.runtime.bot.BotRuntime} on an in-memory transport,
 * with a clock the test moves. Every call that feeds the bot returns only once the bot has gone
 * idle, and returns what the bot did meanwhile as readable lines, so tests read like transcripts.
 *
 * <pre>{@code
 * try (TestBot bot = TestBot.builder().plugin("jokes", new JokesCog()).build()) {
 *     TestUser alice = bot.user("alice");
 *     assertThat(alice.says("!knock_knock")).containsExactly("cogbot: Knock knock!");
 *     assertThat(bot.advance(Duration.ofSeconds(60)))
 *             .containsExactly("cogbot: Well, if you aren't talking, I'm not listening.");
 * }
 * }</pre>
 */
package dev.cogbot.testkit;
