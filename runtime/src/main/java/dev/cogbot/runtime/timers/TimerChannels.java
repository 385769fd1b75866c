package dev.cogbot.runtime.timers;

import dev.cogbot.api.Channel;
import dev.cogbot.runtime.transport.ChannelRef;

/**
 * How a timer's channel is kept: the plugin gives a {@link Channel} the bot handed it, the store
 * keeps its {@link ChannelRef}, and the handler gets a channel that sends through the bot's
 * transport again, after a restart too.
 */
public interface TimerChannels {

    /** @throws IllegalArgumentException if {@code channel} is not one the bot handed out */
    ChannelRef refOf(Channel channel);

    Channel channelOf(ChannelRef ref);
}
