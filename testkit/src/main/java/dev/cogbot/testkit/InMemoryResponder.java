package dev.cogbot.testkit;

import dev.cogbot.api.Draft;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.InteractionResponder;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@link InteractionResponder} of the in-memory transport, keeping Discord's rules: exactly one
 * first answer (a second is refused as Discord refuses it, "already acknowledged"), edits and
 * follow-ups only after it, {@code update}/{@code deferUpdate} only for a click and {@code suggest}
 * only for autocomplete. The three-second deadline is not kept here: time in tests is the test's.
 * What the bot answered is recorded as {@link BotEvent}s and read by {@link TestInteraction}.
 */
public final class InMemoryResponder implements InteractionResponder {

    /** What the interaction is, which decides the first answers it allows. */
    public enum Kind { COMMAND, AUTOCOMPLETE, COMPONENT }

    private final InMemoryTransport transport;
    private final Kind kind;
    private final ChannelRef channel;
    private final IncomingMessage clicked;
    private final ReentrantLock lock = new ReentrantLock();
    private String firstAnswer;
    private boolean deferred;
    /** The first answer's message (or a click's message once updated), and whether only the user sees it. */
    private String originalId;
    private boolean originalEphemeral;
    private final List<String> followUpIds = new ArrayList<>();
    private String updatedId;
    private List<String> suggestions;

    InMemoryResponder(InMemoryTransport transport, Kind kind, ChannelRef channel, IncomingMessage clicked) {
        this.transport = transport;
        this.kind = kind;
        this.channel = channel;
        this.clicked = clicked;
        if (kind == Kind.COMPONENT && clicked == null) {
            throw new IllegalArgumentException("a click is on a message: name it");
        }
    }

    @Override
    public void respond(Draft draft) {
        lock.lock();
        try {
            first("respond", kind != Kind.AUTOCOMPLETE);
            originalId = transport.answer(channel, draft, draft.isEphemeral()).id();
            originalEphemeral = draft.isEphemeral();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void defer(boolean ephemeral) {
        lock.lock();
        try {
            first("defer", kind == Kind.COMMAND);
            deferred = true;
            originalId = transport.thinking(channel, ephemeral).id();
            originalEphemeral = ephemeral;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public IncomingMessage editOriginal(Draft draft) {
        lock.lock();
        try {
            if (originalId == null) {
                throw new IllegalStateException("editOriginal before the interaction was answered; respond or defer first");
            }
            return transport.replaceAnswer(channel, originalId, draft, originalEphemeral);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public IncomingMessage original() {
        lock.lock();
        try {
            if (originalId == null || originalEphemeral) {
                throw new NoSuchElementException(originalId == null ? "the interaction has no answer yet"
                        : "the interaction's answer is ephemeral: it is no message of the channel");
            }
            return transport.message(channel, originalId).orElseThrow(
                    () -> new NoSuchElementException("the interaction's answer was deleted"));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void deleteOriginal() {
        lock.lock();
        try {
            if (originalId == null) {
                throw new IllegalStateException("deleteOriginal before the interaction was answered");
            }
            transport.removeAnswer(channel, originalId, originalEphemeral);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public IncomingMessage followUp(Draft draft) {
        lock.lock();
        try {
            if (firstAnswer == null || kind == Kind.AUTOCOMPLETE) {
                throw new IllegalStateException("a follow-up comes after the first answer; respond or defer first");
            }
            IncomingMessage sent = transport.answer(channel, draft, draft.isEphemeral());
            followUpIds.add(sent.id());
            return sent;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void update(Draft draft) {
        lock.lock();
        try {
            first("update", kind == Kind.COMPONENT);
            updatedId = clicked.id();
            originalId = clicked.id();
            transport.replaceAnswer(channel, clicked.id(), draft, false);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void deferUpdate() {
        lock.lock();
        try {
            first("deferUpdate", kind == Kind.COMPONENT);
            originalId = clicked.id();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void suggest(List<ApplicationCommand.Choice> choices) {
        lock.lock();
        try {
            first("suggest", kind == Kind.AUTOCOMPLETE);
            if (choices.size() > 25) {
                throw new IllegalArgumentException("at most 25 suggestions, not " + choices.size());
            }
            suggestions = choices.stream().map(ApplicationCommand.Choice::name).toList();
        } finally {
            lock.unlock();
        }
    }

    private void first(String answer, boolean allowed) {
        if (!allowed) {
            throw new IllegalStateException(answer + " does not answer " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " interactions");
        }
        if (firstAnswer != null) {
            throw new IllegalStateException("interaction has already been acknowledged (by " + firstAnswer + "); "
                    + answer + " refused");
        }
        firstAnswer = answer;
    }

    // --- what TestInteraction reads

    /** The first answer given, e.g. {@code "respond"}; empty while there is none. */
    Optional<String> firstAnswer() {
        return locked(() -> Optional.ofNullable(firstAnswer));
    }

    boolean deferred() {
        return locked(() -> deferred);
    }

    Optional<String> originalId() {
        return locked(() -> kind == Kind.COMPONENT && updatedId == null && "deferUpdate".equals(firstAnswer)
                ? Optional.<String>empty() : Optional.ofNullable(originalId));
    }

    List<String> followUpIds() {
        return locked(() -> List.copyOf(followUpIds));
    }

    Optional<String> updatedId() {
        return locked(() -> Optional.ofNullable(updatedId));
    }

    Optional<List<String>> suggestions() {
        return locked(() -> Optional.ofNullable(suggestions));
    }

    ChannelRef channel() {
        return channel;
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }
}
