package dev.cogbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cog method {@code void m(Click click)} as the handler of clicks on the buttons and select
 * menus whose id is {@code value} or starts with {@code value + ":"} (so {@code "poll"} handles
 * {@code "poll:42:yes"}). The rest of the id is the handler's to read: it is how a click finds its
 * data again after a restart.
 *
 * <pre>{@code
 * @OnComponent("poll")
 * public void vote(Click click) {
 *     String[] parts = click.componentId().split(":");   // poll:<poll id>:<option>
 *     votes.record(parts[1], click.user(), parts[2]);
 *     click.replyPrivately("Counted.");
 * }
 * }</pre>
 *
 * <p>A handler runs on a virtual thread of its plugin and is gone when the plugin is unloaded; a
 * click that then arrives gets a short private answer saying so. One plugin claims an id: a second
 * plugin claiming the same one is refused when it loads. A handler that has not answered within
 * about two seconds is acknowledged for it, so Discord never reports that the bot did not respond.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnComponent {

    /** The first part of the ids this method handles: letters, digits, {@code -} and {@code _}. */
    String value();
}
