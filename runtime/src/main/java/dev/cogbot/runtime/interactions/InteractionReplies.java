package dev.cogbot.runtime.interactions;

import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Message;
import dev.cogbot.api.Typing;
import dev.cogbot.runtime.commands.Answers;
import dev.cogbot.runtime.scheduling.Lifetime;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.InteractionResponder;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers to one slash command or click, kept within Discord's rules: the first answer is the
 * interaction's response (for a click, {@link #update} may be it), later ones follow-ups; silent for
 * {@link Acknowledgements#AUTO_DEFER} on the plugin's clock, it is deferred ("thinking…", or for a
 * click an acknowledgement that changes nothing), and the next answer then replaces the
 * "thinking…"; ended without a word, it is acknowledged privately, so no user is left with "the
 * application did not respond".
 */
final class InteractionReplies implements Answers {

    private static final Logger log = LoggerFactory.getLogger(InteractionReplies.class);

    private enum State { SILENT, DEFERRED, ANSWERED }

    private final InteractionResponder responder;
    private final InteractionHost host;
    private final IncomingMessage clicked;
    private final ChannelRef channel;
    private final String label;
    /** Held across each call to the responder: the auto-defer and the command must not both answer first. */
    private final ReentrantLock lock = new ReentrantLock();
    private State state = State.SILENT;
    /** Whether the first answer is a message everyone sees (so it takes reactions and can be edited). */
    private boolean visibleOriginal;
    /** The emoji the first answer is made of, when a reaction had to stand in for it. */
    private String emojiAnswer;
    private Cancellable autoDefer;

    /**
     * @param clicked the message the component is on, for a click; {@code null} for a slash command
     * @param label   the command or component as named in acknowledgements and logs, e.g. {@code "/hush"}
     */
    InteractionReplies(InteractionResponder responder, InteractionHost host, ChannelRef channel, IncomingMessage clicked,
            String label) {
        this.responder = responder;
        this.host = host;
        this.channel = channel;
        this.clicked = clicked;
        this.label = label;
    }

    /** Defers the interaction if nothing has answered it after {@link Acknowledgements#AUTO_DEFER} on {@code lifetime}'s clock. */
    void deferWhenSilent(Lifetime lifetime) {
        lock.lock();
        try {
            if (state == State.SILENT) {
                autoDefer = lifetime.schedule("auto-defer " + label, Acknowledgements.AUTO_DEFER, this::deferIfSilent);
            }
        } catch (IllegalStateException stopping) {
            log.debug("No auto-defer for {}: its plugin is stopping", label);
        } finally {
            lock.unlock();
        }
    }

    private void deferIfSilent() {
        lock.lock();
        try {
            if (state == State.SILENT) {
                deferNow();
            }
        } finally {
            lock.unlock();
        }
    }

    private void deferNow() {
        if (clicked == null) {
            responder.defer(false);
        } else {
            responder.deferUpdate();
        }
        state = State.DEFERRED;
    }

    @Override
    public Message send(Draft draft) {
        lock.lock();
        try {
            cancelAutoDefer();
            return switch (state) {
                case SILENT -> {
                    responder.respond(draft);
                    state = State.ANSWERED;
                    visibleOriginal = !draft.isEphemeral();
                    yield visibleOriginal ? host.message(responder.original()) : new PrivateMessage(draft, host.channel(channel), host.self(), this, true);
                }
                case DEFERRED -> {
                    state = State.ANSWERED;
                    if (clicked != null || draft.isEphemeral()) {
                        // a click's deferral changed nothing to replace; a public "thinking…" cannot turn private
                        if (clicked == null) {
                            responder.deleteOriginal();
                        }
                        yield followUp(draft);
                    }
                    visibleOriginal = true;
                    yield host.message(responder.editOriginal(draft));
                }
                case ANSWERED -> followUp(draft);
            };
        } finally {
            lock.unlock();
        }
    }

    private Message followUp(Draft draft) {
        IncomingMessage sent = responder.followUp(draft);
        return draft.isEphemeral() ? new PrivateMessage(draft, host.channel(channel), host.self(), this, false) : host.message(sent);
    }

    /** For a click: replaces the message the component is on, as the first answer or later. */
    void update(Draft draft) {
        lock.lock();
        try {
            cancelAutoDefer();
            if (state == State.SILENT) {
                responder.update(draft);
                state = State.ANSWERED;
                return;
            }
        } finally {
            lock.unlock();
        }
        host.message(clicked).edit(draft);
    }

    /** "thinking…" until the first answer replaces it; once answered, "is typing…" in the channel. */
    @Override
    public Typing typing() {
        lock.lock();
        try {
            if (state == State.SILENT) {
                cancelAutoDefer();
                deferNow();
            }
            if (state == State.DEFERRED) {
                return () -> { };
            }
        } finally {
            lock.unlock();
        }
        return host.channel(channel).typing();
    }

    /** Reacts to the first answer; with none that takes reactions yet, answers with the emoji itself. */
    void react(String emoji) {
        lock.lock();
        try {
            if (visibleOriginal) {
                host.message(responder.original()).addReaction(emoji);
                return;
            }
            if (state != State.ANSWERED) {
                send(Draft.of(emoji));
                emojiAnswer = emoji;
                return;
            }
        } finally {
            lock.unlock();
        }
        // the first answer was private, which takes no reactions: the emoji goes as a follow-up
        send(Draft.of(emoji));
    }

    /** Takes back a reaction {@link #react} added; an answer made of the emoji stays, as a sent message would. */
    void unreact(String emoji) {
        lock.lock();
        try {
            if (visibleOriginal && !emoji.equals(emojiAnswer)) {
                host.message(responder.original()).removeReaction(emoji);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Replaces the first answer, for an ephemeral one's {@link Message#edit}. */
    IncomingMessage editOriginal(Draft draft) {
        lock.lock();
        try {
            return responder.editOriginal(draft);
        } finally {
            lock.unlock();
        }
    }

    void deleteOriginal() {
        lock.lock();
        try {
            responder.deleteOriginal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void finished(boolean failed) {
        lock.lock();
        try {
            cancelAutoDefer();
            switch (state) {
                case SILENT -> {
                    if (clicked == null) {
                        responder.respond(Draft.of(Acknowledgements.silentCommand(label, failed)).ephemeral());
                    } else if (failed) {
                        responder.respond(Draft.of(Acknowledgements.failedClick()).ephemeral());
                    } else {
                        responder.deferUpdate();
                    }
                    state = State.ANSWERED;
                }
                case DEFERRED -> {
                    if (clicked == null) {
                        // "thinking…" must not stay: it goes, and the user alone hears that it is over
                        responder.deleteOriginal();
                        responder.followUp(Draft.of(Acknowledgements.silentCommand(label, failed)).ephemeral());
                    }
                    state = State.ANSWERED;
                }
                case ANSWERED -> { }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether anything answered yet (a deferral counts). */
    boolean acknowledged() {
        lock.lock();
        try {
            return state != State.SILENT;
        } finally {
            lock.unlock();
        }
    }

    private void cancelAutoDefer() {
        if (autoDefer != null) {
            autoDefer.cancel();
            autoDefer = null;
        }
    }
}
