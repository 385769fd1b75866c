package dev.cogbot.runtime.commands;

import dev.cogbot.api.Draft;
import dev.cogbot.api.Message;
import dev.cogbot.api.Typing;

/**
 * Where an invocation's answers go: {@code ctx.send(…)} and {@code ctx.typing()}. A prefix command
 * answers in the channel of its message ({@link #inChannelOf}); a slash command answers its
 * interaction (the {@code interactions} package), so the one {@link Invocation} serves both.
 *
 * <pre>{@code
 * Answers answers = Answers.inChannelOf(message);
 * answers.send(Draft.of("pong"));
 * }</pre>
 */
public interface Answers {

    /** Sends {@code draft} as the invocation's answer and returns it as sent. */
    Message send(Draft draft);

    /** Shows that the bot is working on it until closed. */
    Typing typing();

    /**
     * The invocation is over: it ended, never ran (its plugin stopped first), or was dropped. An
     * interaction that has answered nothing acknowledges here, so that no user is left unanswered.
     *
     * @param failed whether it ended with an error
     */
    default void finished(boolean failed) {
    }

    /** Answers in the channel of {@code message}: how prefix commands answer. */
    static Answers inChannelOf(Message message) {
        return new Answers() {
            @Override
            public Message send(Draft draft) {
                return message.channel().send(draft);
            }

            @Override
            public Typing typing() {
                return message.channel().typing();
            }
        };
    }
}
