package dev.cogbot.runtime.bot;

import dev.cogbot.api.Channel;
import dev.cogbot.runtime.timers.TimerChannels;
import dev.cogbot.runtime.transport.ChannelRef;

/** Timers' channels as the bot's transport names them, and back as channels that send through it. */
final class BoundChannels implements TimerChannels {

    private final BotRuntime runtime;

    BoundChannels(BotRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public ChannelRef refOf(Channel channel) {
        if (channel instanceof TransportChannel ours) {
            return ours.ref();
        }
        throw new IllegalArgumentException("a timer can only be bound to a channel the bot handed out"
                + " (ctx.channel(), message.channel()), not a " + channel.getClass().getName());
    }

    @Override
    public Channel channelOf(ChannelRef ref) {
        return new TransportChannel(runtime, ref);
    }
}
