package dev.cogbot.testkit;

import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import java.util.ArrayList;
import java.util.List;

/** Someone talking to a {@link TestBot}. */
public final class TestUser {

    private final TestBot bot;
    private final User user;
    private final ChannelRef channel;
    private final List<String> sentIds = new ArrayList<>();

    TestUser(TestBot bot, User user, ChannelRef channel) {
        this.bot = bot;
        this.user = user;
        this.channel = channel;
    }

    /** The same user, talking in another channel. */
    public TestUser in(String channelName) {
        return new TestUser(bot, user, new ChannelRef(channelName, channelName));
    }

    /**
     * Sends a message and waits until the bot is idle again.
     *
     * @return what the bot did meanwhile, as transcript lines
     */
    public List<String> says(String text) {
        return bot.deliver(user, channel, text, sentIds);
    }

    /** The id of the last message this user sent, e.g. to check the bot's reactions on it. */
    public String lastMessageId() {
        if (sentIds.isEmpty()) {
            throw new IllegalStateException(user.name() + " has not said anything yet");
        }
        return sentIds.getLast();
    }

    public User asUser() {
        return user;
    }
}
