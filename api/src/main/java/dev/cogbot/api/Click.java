package dev.cogbot.api;

import java.util.List;
import java.util.Optional;

/**
 * A member's click on a button, or their choice in a select menu, as an {@link OnComponent}
 * method receives it. Answer it once: {@link #update} the message, {@link #reply} to it, or
 * {@link #replyPrivately}; later answers are sent as new messages.
 *
 * <pre>{@code
 * @OnComponent("colour")
 * public void colour(Click click) {
 *     click.update(Draft.of(click.user().name() + " picked " + click.values().getFirst()));
 * }
 * }</pre>
 */
public interface Click {

    /** The plugin's handle on the bot. */
    Bot bot();

    /** Who clicked. */
    User user();

    /** Who clicked, as a member of the server; empty in a DM. */
    Optional<Member> member();

    /** Where the message with the component is. */
    default Channel channel() {
        return message().channel();
    }

    /** The message the component is on. */
    Message message();

    /** The id of the component clicked, as the plugin gave it ({@code "poll:42:yes"}). */
    String componentId();

    /** What was chosen in a select menu, in the order shown; empty for a button. */
    List<String> values();

    /** Answers with a new message in the channel, which everyone sees. */
    Message reply(String text);

    /** Answers with a message only the member who clicked sees (on Discord; elsewhere, a plain one). */
    void replyPrivately(String text);

    /** Answers by replacing the text, embeds and components of the message the component is on. */
    void update(Draft draft);
}
