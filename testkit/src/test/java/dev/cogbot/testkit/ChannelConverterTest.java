package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.error.ChannelNotFound;
import dev.cogbot.runtime.transport.ChannelRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link dev.cogbot.api.Channel} argument, found as discord.py's GuildChannelConverter finds one:
 * by id, by mention, by link, by name; in a server, only among its own channels, in a DM only that DM.
 */
class ChannelConverterTest {

    private final ModelArgumentsCog cog = new ModelArgumentsCog();
    private final TestBot bot = TestBot.builder().plugin("model", cog).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    private void channel(String id, String name) {
        bot.transport().addChannel(new ChannelRef(id, name, TestBot.GUILD));
    }

    @Test
    void isFoundByItsId() {
        channel("3001", "memes");

        assertThat(alice.says("!where 3001")).containsExactly("cogbot: channel 3001 named memes");
    }

    @Test
    void isFoundByAMention() {
        channel("3001", "memes");

        assertThat(alice.says("!where <#3001>")).containsExactly("cogbot: channel 3001 named memes");
    }

    @Test
    void isFoundByALink() {
        channel("3001", "memes");

        assertThat(alice.says("!where https://discord.com/channels/test-guild/3001"))
                .containsExactly("cogbot: channel 3001 named memes");
    }

    @Test
    void isFoundByItsName() {
        channel("3001", "memes");

        assertThat(alice.says("!where memes")).containsExactly("cogbot: channel 3001 named memes");
    }

    @Test
    void anIdWinsOverAName() {
        channel("3001", "lobby");
        channel("lobby", "hall");

        assertThat(alice.says("!where lobby")).containsExactly("cogbot: channel lobby named hall");
    }

    @Test
    void aChannelOfAnotherServerIsNotFound() {
        String elsewhere = bot.user("bob").inGuild("Elsewhere").channel().id();

        assertThat(alice.says("!where " + elsewhere)).containsExactly(
                "cogbot: <channel>: no channel '" + elsewhere + "' here; mention it (#name), or give its id or name."
                        + " Usage: !where <channel>");
    }

    @Test
    void inADmThatDmIsFound() {
        TestUser inDm = alice.inDm();
        String dm = inDm.channel().id();

        assertThat(inDm.says("!where <#" + dm + ">")).singleElement().asString().startsWith("cogbot: channel " + dm + " named");
    }

    @Test
    void inADmAServersChannelIsNotFound() {
        channel("3001", "memes");

        assertThat(alice.inDm().says("!where <#3001>")).containsExactly(
                "cogbot: <channel>: no channel '<#3001>' here; mention it (#name), or give its id or name."
                        + " Usage: !where <channel>");
    }

    @Test
    void noneFoundIsAChannelNotFoundNamingTheArgumentAndTheText() {
        alice.says("!where nowhere");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(ChannelNotFound.class, e -> {
            assertThat(e.argument()).isEqualTo("channel");
            assertThat(e.text()).isEqualTo("nowhere");
        });
    }
}
