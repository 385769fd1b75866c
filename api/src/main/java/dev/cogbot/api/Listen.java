package dev.cogbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cog method {@code void m(E event)} as a listener for events of type {@code E}, one of the
 * records of {@link dev.cogbot.api.event.Event} (or {@code Event} itself, for all of them), like
 * discord.py's {@code @commands.Cog.listener()}.
 *
 * <pre>{@code
 * @Listen
 * public void onReaction(ReactionAdded event) {
 *     if (event.emoji().equals("⭐")) starboard.add(event.messageId());
 * }
 * }</pre>
 *
 * <p>A cog hears its events one at a time, in the order they happened, across all its listeners (a
 * reaction added, taken back and added again reaches its {@code ReactionAdded} and
 * {@code ReactionRemoved} listeners so), on a virtual thread of the plugin: a slow listener holds up
 * neither the network nor other cogs, only its own cog's next events. A cog that falls 256 events
 * behind misses the next ones, with a warning, until it catches up. The listener is gone when its
 * plugin is unloaded. What it throws goes to {@link Cog#cogListenerError} and never stops other
 * listeners, nor its own next events.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Listen {
}
