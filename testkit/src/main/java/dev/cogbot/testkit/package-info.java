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
 *
 * <p>Users talk in {@code #general} of the server {@link dev.cogbot.testkit.TestBot#GUILD} as plain
 * members unless a test puts them elsewhere or gives them rights:
 *
 * <pre>{@code
 * TestUser mod = bot.user("alice").withPermissions(Permission.MANAGE_MESSAGES);
 * TestUser stranger = bot.user("bob").inGuild("Other Guild");
 * TestUser dm = bot.user("bob").inDm();
 * }</pre>
 *
 * <p>The bot itself holds a plain member's rights in every server channel, as a bot invited
 * without extra permissions does, until a test grants it more:
 *
 * <pre>{@code
 * bot.grantBot(Permission.MANAGE_MESSAGES);                                   // everywhere
 * bot.grantBotIn(alice.in("mod-log").channel(), Permission.MANAGE_MESSAGES);   // in #mod-log only
 * }</pre>
 *
 * <p>Slash commands, suggestions and clicks are used as a Discord user would, and return what the
 * bot answered ({@link dev.cogbot.testkit.TestInteraction}); the answers are in the transcript too:
 *
 * <pre>{@code
 * TestInteraction hush = alice.slash("/hush duration:5m");
 * assertThat(hush.response().text()).isEqualTo("🔇");
 * assertThat(alice.autocompletes("/tag name:t", "name")).containsExactly("tea", "toast");
 * TestInteraction vote = bob.clicks(poll.response(), "poll:1:yes");
 * }</pre>
 */
package dev.cogbot.testkit;
