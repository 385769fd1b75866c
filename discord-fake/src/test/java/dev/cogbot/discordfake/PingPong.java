package dev.cogbot.discordfake;

import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** A one-command bot: answers "!ping" with "pong" in the same channel (guild or DM). */
final class PingPong extends ListenerAdapter {

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.getAuthor().isBot() && event.getMessage().getContentRaw().equals("!ping")) {
            event.getChannel().sendMessage("pong").complete();
        }
    }
}
