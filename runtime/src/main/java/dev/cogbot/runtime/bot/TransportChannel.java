package dev.cogbot.runtime.bot;

import dev.cogbot.api.AllowedMentions;
import dev.cogbot.api.Channel;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Message;
import dev.cogbot.api.Typing;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.OutgoingMessage;
import java.util.Optional;
import java.util.function.Supplier;

/** A {@link Channel} that acts through the bot's transport. */
final class TransportChannel implements Channel {

    private final BotRuntime runtime;
    private final ChannelRef ref;
    private final Supplier<TypingIndicator> typing;

    TransportChannel(BotRuntime runtime, ChannelRef ref) {
        this.runtime = runtime;
        this.ref = ref;
        this.typing = () -> TypingIndicator.start(runtime, ref);
    }

    @Override
    public String id() {
        return ref.id();
    }

    @Override
    public String name() {
        return ref.name();
    }

    @Override
    public Optional<Guild> guild() {
        return Optional.ofNullable(ref.guild());
    }

    @Override
    public Message send(String text, AllowedMentions mentions) {
        return runtime.wrap(runtime.transport().send(ref, new OutgoingMessage(text, mentions)));
    }

    @Override
    public Typing typing() {
        return typing.get();
    }

    ChannelRef ref() {
        return ref;
    }

    /** Two handles on the same channel are equal: a timer's channel compares equal before and after a restart. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TransportChannel that && ref.equals(that.ref);
    }

    @Override
    public int hashCode() {
        return ref.hashCode();
    }

    @Override
    public String toString() {
        return "Channel[" + ref + "]";
    }
}
