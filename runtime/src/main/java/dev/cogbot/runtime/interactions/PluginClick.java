package dev.cogbot.runtime.interactions;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Click;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.IncomingInteraction;
import java.util.List;
import java.util.Optional;

/** A click as its plugin's {@code @OnComponent} method receives it; its answers follow {@link InteractionReplies}. */
final class PluginClick implements Click {

    private final Bot bot;
    private final IncomingInteraction.ComponentUse use;
    private final InteractionHost host;
    private final InteractionReplies replies;

    PluginClick(Bot bot, IncomingInteraction.ComponentUse use, InteractionHost host, InteractionReplies replies) {
        this.bot = bot;
        this.use = use;
        this.host = host;
        this.replies = replies;
    }

    @Override
    public Bot bot() {
        return bot;
    }

    @Override
    public User user() {
        return use.user();
    }

    @Override
    public Optional<Member> member() {
        return host.member(use.channel(), use.member());
    }

    @Override
    public Message message() {
        return host.message(use.message());
    }

    @Override
    public String componentId() {
        return use.componentId();
    }

    @Override
    public List<String> values() {
        return use.values();
    }

    @Override
    public Message reply(String text) {
        return replies.send(Draft.of(text));
    }

    @Override
    public void replyPrivately(String text) {
        replies.send(Draft.of(text).ephemeral());
    }

    @Override
    public void update(Draft draft) {
        replies.update(draft);
    }
}
