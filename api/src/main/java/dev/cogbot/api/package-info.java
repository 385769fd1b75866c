/**
 * The cogbot plugin API: everything a cog compiles against.
 *
 * <p>A cog is a PF4J extension of {@link dev.cogbot.api.Cog} living in its own plugin JAR. Its
 * commands are methods annotated with {@link dev.cogbot.api.Command}; hooks, checks and error
 * handlers are either annotated methods or overrides of the {@code Cog} special methods, mirroring
 * discord.py's {@code commands.Cog}. Everything a cog starts through its {@link dev.cogbot.api.Bot}
 * handle (loops, timers, waits, listeners, converters) belongs to its plugin and is cancelled when
 * the plugin is unloaded.
 *
 * <p>Command arguments are read from the user's words by the {@link dev.cogbot.api.Converter} of
 * their type: the runtime's for text, numbers, durations, enums, users, members, channels, roles
 * and messages, or the plugin's own, added with {@link dev.cogbot.api.Bot#addConverter}.
 *
 * <pre>{@code
 * @Extension
 * public final class Greeter implements Cog {
 *     @Command(name = "hello", aliases = {"hi"}, help = "Says hello back")
 *     public void hello(Context ctx) {
 *         ctx.send("Hello, " + ctx.author().name() + "!");
 *     }
 * }
 * }</pre>
 *
 * <p>A cog's settings are {@link dev.cogbot.api.Setting}s it declares in
 * {@link dev.cogbot.api.Cog#settings()} and reads typed through {@link dev.cogbot.api.Settings}: the
 * runtime checks their values before the plugin loads and lists them ({@code cogbot plugins --settings}).
 *
 * <p>What may stop a command before it runs (guild or DM only, the member's permissions and roles,
 * the bot's permissions, owner only, cooldowns and concurrency limits) is in
 * {@link dev.cogbot.api.checks}; what the user is told when it does, in
 * {@link dev.cogbot.api.error}.
 *
 * <p>A {@link dev.cogbot.api.Message} says where it was sent ({@link dev.cogbot.api.Guild}, or none in
 * a DM) and who sent it there ({@link dev.cogbot.api.Member}, with its
 * {@link dev.cogbot.api.Permission}s). What the bot sends pings users only, unless a message allows
 * more ({@link dev.cogbot.api.AllowedMentions}). Those platform types ({@code Message},
 * {@code Channel}, {@code Guild}, {@code Member}) are implemented by the runtime only and grow
 * methods in later versions: a plugin uses them and never implements them.
 *
 * <p>Besides commands, a cog hears what happens ({@link dev.cogbot.api.event}: messages, edits,
 * deletions, reactions, members and the bot joining or leaving servers, ready, resumes) through
 * {@link dev.cogbot.api.Listen @Listen} methods, and a command can wait for any of those with
 * {@link dev.cogbot.api.Bot#waitFor(Class, java.util.function.Predicate, java.time.Duration)}.
 */
package dev.cogbot.api;
