package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.AllowedMentions;
import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which mentions the bot's messages may ping: user mentions only, unless a plugin allows more for one message. */
class AllowedMentionsTest {

    static final class EchoCog implements Cog {
        @Command(help = "Says it back.")
        public void echo(Context ctx, @Arg(rest = true) String text) {
            ctx.send(text);
        }

        @Command(help = "Calls everyone.")
        public void announce(Context ctx, @Arg(rest = true) String text) {
            ctx.send("@everyone " + text, AllowedMentions.users().withEveryone());
        }

        @Command(help = "Fails.")
        public void broken(Context ctx) {
            throw new IllegalStateException("@everyone");
        }
    }

    private final TestBot bot = TestBot.builder().plugin("echo", new EchoCog()).build();
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void aPluginsMessageLetsOnlyUserMentionsPingByDefault() {
        bob.says("!echo @everyone hi");

        assertThat(mentionsOfSent()).containsExactly(AllowedMentions.users());
    }

    @Test
    void theRuntimesOwnRepliesLetOnlyUserMentionsPing() {
        bob.says("!@everyone");
        bob.says("!help");
        bob.says("!broken");
        bob.says("!echo");

        assertThat(mentionsOfSent()).hasSize(4).containsOnly(AllowedMentions.users());
    }

    @Test
    void aPluginCanLetOneMessagePingEveryone() {
        bob.says("!announce raid at nine");
        bob.says("!echo @everyone again");

        assertThat(mentionsOfSent()).containsExactly(AllowedMentions.users().withEveryone(), AllowedMentions.users());
    }

    @Test
    void directMessagesLetOnlyUserMentionsPingToo() {
        bob.inDm().says("!echo @here");

        assertThat(mentionsOfSent()).containsExactly(AllowedMentions.users());
    }

    private List<AllowedMentions> mentionsOfSent() {
        return bot.events().stream()
                .filter(BotEvent.Sent.class::isInstance).map(BotEvent.Sent.class::cast)
                .map(BotEvent.Sent::mentions)
                .toList();
    }
}
