package dev.cogbot.runtime.bot;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Embed;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.Reaction;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import java.util.List;
import java.util.Optional;

/** A {@link Message} that acts through the bot's transport. Equal when the messages' ids are. */
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
                : Optional.of(new TransportMember(runtime, data.channel().guild(), member));
    }

    @Override
    public List<User> mentions() {
        return data.details().mentions();
    }

    @Override
    public List<Role> roleMentions() {
        return data.details().roleMentions();
    }

    @Override
    public boolean mentionsEveryone() {
        return data.details().mentionsEveryone();
    }

    @Override
    public Optional<Message> referencedMessage() {
        return Optional.ofNullable(data.details().referenced()).map(runtime::wrap);
    }

    @Override
    public List<Embed> embeds() {
        return data.details().embeds();
    }

    @Override
    public List<Reaction> reactions() {
        return data.details().reactions();
    }

    @Override
    public List<User> reactors(String emoji) {
        return runtime.transport().reactors(data.channel(), data.id(), emoji);
    }

    @Override
    public Message edit(Draft draft) {
        if (draft.isEmpty()) {
            throw new IllegalArgumentException("an edited message needs text or an embed; this one has neither");
        }
        return runtime.wrap(runtime.transport().edit(data.channel(), data.id(), draft));
    }

    @Override
    public void delete() {
        runtime.transport().delete(data.channel(), data.id());
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
    public boolean equals(Object other) {
        return other instanceof Message that && data.id().equals(that.id());
    }

    @Override
    public int hashCode() {
        return data.id().hashCode();
    }

    @Override
    public String toString() {
        return "message " + data.id() + " from " + data.author().name() + ": " + data.content();
    }
}
