package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.error.ChannelNotFound;
import dev.cogbot.api.error.MessageNotFound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link dev.cogbot.api.Message} argument, found as discord.py's MessageConverter finds one:
 * {@code channelId-messageId}, a message id in the command's channel, or a message link.
 */
class MessageConverterTest {

    private final ModelArgumentsCog cog = new ModelArgumentsCog();
    private final TestBot bot = TestBot.builder().plugin("model", cog).build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void isFoundByItsIdInTheCommandsChannel() {
        bob.says("hello there");
        String id = bob.lastMessageId();

        assertThat(alice.says("!quote " + id)).containsExactly("cogbot: message " + id + " in general: hello there");
    }

    @Test
    void anIdFromAnotherChannelIsNotFoundWithoutItsChannel() {
        TestUser bobElsewhere = bob.in("random");
        bobElsewhere.says("over here");
        String id = bobElsewhere.lastMessageId();

        assertThat(alice.says("!quote " + id)).containsExactly(
                "cogbot: <message>: no message '" + id + "' that I can read; give its id, channelid-messageid or its link."
                        + " Usage: !quote <message>");
    }

    @Test
    void isFoundByChannelIdDashMessageId() {
        TestUser bobElsewhere = bob.in("random");
        bobElsewhere.says("over here");
        String id = bobElsewhere.lastMessageId();

        assertThat(alice.says("!quote random-" + id)).containsExactly("cogbot: message " + id + " in random: over here");
    }

    @Test
    void isFoundByItsLink() {
        TestUser bobElsewhere = bob.in("random");
        bobElsewhere.says("over here");
        String id = bobElsewhere.lastMessageId();

        assertThat(alice.says("!quote https://discord.com/channels/test-guild/random/" + id))
                .containsExactly("cogbot: message " + id + " in random: over here");
    }

    @Test
    void aChannelTheBotDoesNotSeeIsAChannelNotFound() {
        alice.says("!quote nowhere-12");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(ChannelNotFound.class, e -> {
            assertThat(e.argument()).isEqualTo("message");
            assertThat(e.text()).isEqualTo("nowhere");
        });
    }

    @Test
    void noneFoundIsAMessageNotFoundNamingTheArgumentAndTheText() {
        alice.says("!quote 999999");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(MessageNotFound.class, e -> {
            assertThat(e.argument()).isEqualTo("message");
            assertThat(e.text()).isEqualTo("999999");
        });
    }

    @Test
    void aMessageInAnotherServerIsNotReadThroughTheBot() {
        TestUser bobElsewhere = bob.inGuild("Elsewhere");
        bobElsewhere.says("secret plans");
        String where = bobElsewhere.channel().id();

        alice.says("!quote " + where + "-" + bobElsewhere.lastMessageId());

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(ChannelNotFound.class,
                e -> assertThat(e.text()).isEqualTo(where));
    }

    @Test
    void inADmOnlyItsOwnMessagesAreFound() {
        bob.says("in the open");

        alice.inDm().says("!quote general-" + bob.lastMessageId());

        assertThat(cog.errors).singleElement().isInstanceOf(ChannelNotFound.class);
    }
}
