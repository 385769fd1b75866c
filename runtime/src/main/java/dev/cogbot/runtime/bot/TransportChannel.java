package dev.cogbot.runtime.bot;

import dev.cogbot.api.Channel;
import dev.cogbot.api.ChannelKind;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Typing;
import dev.cogbot.runtime.transport.ChannelRef;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A {@link Channel} that acts through the bot's transport. Equal when the channels' ids are. */
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
        return Optional.ofNullable(ref.guild()).map(g -> new TransportGuild(runtime, g));
    }

    @Override
    public ChannelKind kind() {
        return ref.kind();
    }

    @Override
    public Message send(Draft draft) {
        if (draft.isEmpty()) {
            throw new IllegalArgumentException("a message needs text or an embed; this one has neither");
        }
        return runtime.wrap(runtime.transport().send(ref, draft));
    }

    @Override
    public Optional<Message> fetchMessage(String id) {
        return runtime.transport().fetchMessage(ref, id).map(runtime::wrap);
    }

    @Override
    public Typing typing() {
        return typing.get();
    }

    @Override
    public Set<Permission> botPermissions() {
        return runtime.transport().botPermissions(ref);
    }

    @Override
    public Set<Permission> permissionsOf(Member member) {
        if (!(member instanceof TransportMember known)) {
            throw new IllegalArgumentException("permissionsOf takes a member the bot handed out, not " + member);
        }
        if (ref.guild() != null && !ref.guild().id().equals(known.guild().id())) {
            throw new IllegalArgumentException(member + " is not a member of " + ref.guild().name()
                    + ", the server of #" + ref.name() + "; ask with a member of that server");
        }
        return runtime.transport().memberPermissions(ref, known.ref());
    }

    ChannelRef ref() {
        return ref;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Channel that && ref.id().equals(that.id());
    }

    @Override
    public int hashCode() {
        return ref.id().hashCode();
    }

    @Override
    public String toString() {
        return (ref.isPrivate() ? "" : "#") + ref.name() + " (" + ref.id() + ")";
    }
}
