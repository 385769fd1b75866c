package dev.cogbot.runtime.bot;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.Permission;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import java.util.Optional;
import java.util.Set;

/** A {@link Message} that acts through the bot's transport. */
final class TransportMessage implements Message {

    private final BotRuntime runtime;
    private final IncomingMessage data;
    private final TransportChannel channel;

    TransportMessage(BotRuntime runtime, IncomingMessage data) {
        this.runtime = runtime;
        this.data = data;
        this.channel = new TransportChannel(runtime, data.channel());
    }

    @Override
    public String id() {
        return data.id();
    }

    @Override
    public String content() {
        return data.content();
    }

    @Override
    public User author() {
        return data.author();
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Optional<Member> member() {
        MemberRef member = data.member();
        return member == null || data.channel().isPrivate() ? Optional.empty()
                : Optional.of(new Author(data.author(), member));
    }

    @Override
    public void addReaction(String emoji) {
        runtime.transport().addReaction(data.channel(), data.id(), emoji);
    }

    @Override
    public void removeReaction(String emoji) {
        runtime.transport().removeReaction(data.channel(), data.id(), emoji);
    }

    @Override
    public String toString() {
        return "message " + data.id() + " from " + data.author().name() + ": " + data.content();
    }

    /** The author as the transport described them in the message's server. */
    private record Author(User user, MemberRef ref) implements Member {

        @Override
        public String displayName() {
            return ref.displayName();
        }

        @Override
        public Set<Permission> permissions() {
            return ref.permissions();
        }
    }
}
