package dev.cogbot.runtime.interactions;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import java.util.Optional;

/**
 * What serving interactions needs of the running bot: its own user, and the transport's plain data
 * as the messages, channels and members plugins see (acting through the bot's transport).
 *
 * <pre>{@code
 * Message response = host.message(responder.original());
 * response.addReaction("🔇");
 * }</pre>
 */
public interface InteractionHost {

    /** The bot's own user; {@code null} before the transport is ready. */
    User self();

    Message message(IncomingMessage incoming);

    Channel channel(ChannelRef channel);

    /** The member as plugins see them; empty in a DM or when the network named none. */
    Optional<Member> member(ChannelRef channel, MemberRef member);
}
