package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.User;
import dev.cogbot.api.error.MemberNotFound;
import dev.cogbot.api.error.NoPrivateMessage;
import dev.cogbot.runtime.transport.MemberRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link dev.cogbot.api.Member} argument, found as discord.py's MemberConverter finds one: by id,
 * by mention, by user name, by nickname; only in the server the command was used in.
 */
class MemberConverterTest {

    private final ModelArgumentsCog cog = new ModelArgumentsCog();
    private final TestBot bot = TestBot.builder().plugin("model", cog).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    private void member(String id, String name, String nickname) {
        bot.transport().addMember(TestBot.GUILD, new MemberRef(new User(id, name, false), nickname, Set.of(), List.of(), null));
    }

    /** A member the network knows but the bot does not hold, as most are on Discord without the members intent. */
    private void memberOnlyTheNetworkKnows(String id, String name, String nickname) {
        bot.transport().addUncachedMember(TestBot.GUILD,
                new MemberRef(new User(id, name, false), nickname, Set.of(), List.of(), null));
    }

    @Test
    void isFoundByItsId() {
        member("1001", "bob", "bob");

        assertThat(alice.says("!member 1001")).containsExactly("cogbot: member 1001 of Test Guild");
    }

    @Test
    void isFoundByAMentionWithOrWithoutTheNicknameMark() {
        member("1001", "bob", "bob");

        assertThat(alice.says("!member <@1001>")).containsExactly("cogbot: member 1001 of Test Guild");
        assertThat(alice.says("!member <@!1001>")).containsExactly("cogbot: member 1001 of Test Guild");
    }

    @Test
    void isFoundByItsUserName() {
        member("1001", "bob", "Bobby");

        assertThat(alice.says("!member bob")).containsExactly("cogbot: member 1001 of Test Guild");
    }

    @Test
    void isFoundByItsNickname() {
        member("1001", "bob", "Bobby");

        assertThat(alice.says("!member Bobby")).containsExactly("cogbot: member 1001 of Test Guild");
    }

    @Test
    void isFoundByItsUserNameWhenOnlyTheNetworkKnowsThem() {
        memberOnlyTheNetworkKnows("1001", "bob", "Bobby");

        assertThat(alice.says("!member bob")).containsExactly("cogbot: member 1001 of Test Guild");
    }

    @Test
    void isFoundByItsNicknameWhenOnlyTheNetworkKnowsThem() {
        memberOnlyTheNetworkKnows("1001", "bob", "Bobby");

        assertThat(alice.says("!member Bobby")).containsExactly("cogbot: member 1001 of Test Guild");
    }

    @Test
    void aNameAskedOfTheNetworkMustMatchItsCaseExactly() {
        memberOnlyTheNetworkKnows("1001", "bob", "Bobby");

        assertThat(alice.says("!member BOBBY")).containsExactly(
                "cogbot: <member>: no member 'BOBBY' in this server; mention them, or give their id or name."
                        + " Usage: !member <member>");
    }

    @Test
    void aNameStartingAnotherFindsNoOne() {
        memberOnlyTheNetworkKnows("1001", "bob", "Bobby");

        assertThat(alice.says("!member Bob")).containsExactly(
                "cogbot: <member>: no member 'Bob' in this server; mention them, or give their id or name."
                        + " Usage: !member <member>");
    }

    @Test
    void anIdWinsOverANameAndANameOverANickname() {
        member("1001", "bob", "carol");
        member("1002", "carol", "dave");
        member("carol", "erin", "erin");

        assertThat(alice.says("!member carol")).containsExactly("cogbot: member carol of Test Guild");
        assertThat(alice.says("!member dave")).containsExactly("cogbot: member 1002 of Test Guild");
    }

    @Test
    void aUserNameWinsOverANickname() {
        member("1001", "bob", "carol");
        member("1002", "carol", "carol");

        assertThat(alice.says("!member carol")).containsExactly("cogbot: member 1002 of Test Guild");
    }

    @Test
    void aMemberOfAnotherServerIsNotFound() {
        bot.user("bob").inGuild("Other Guild");
        bot.transport().addMember(new dev.cogbot.runtime.transport.GuildRef("Other Guild", "Other Guild", "x"),
                new MemberRef(new User("1001", "zed", false), "zed", Set.of(), List.of(), null));

        assertThat(alice.says("!member zed")).containsExactly(
                "cogbot: <member>: no member 'zed' in this server; mention them, or give their id or name."
                        + " Usage: !member <member>");
    }

    @Test
    void noneFoundIsAMemberNotFoundNamingTheArgumentAndTheText() {
        alice.says("!member zed");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(MemberNotFound.class, e -> {
            assertThat(e.argument()).isEqualTo("member");
            assertThat(e.text()).isEqualTo("zed");
        });
    }

    @Test
    void inADmItFailsAsTheCommandWorksOnlyInAServer() {
        member("1001", "bob", "bob");

        assertThat(alice.inDm().says("!member bob")).containsExactly(
                "cogbot: !member works only in a server.");
        assertThat(cog.errors).singleElement().isInstanceOf(NoPrivateMessage.class);
    }

    @Test
    void inADmAnOptionalMemberPassesTheWordOnToTheNextArgument() {
        member("1001", "bob", "bob");

        assertThat(alice.inDm().says("!greet bob hello")).containsExactly("cogbot: to all: bob hello");
    }

    @Test
    void aWordLongerThanAnyNameIsRefusedBeforeAnyLookup() {
        assertThat(alice.says("!member " + "x".repeat(101))).containsExactly(
                "cogbot: <member> is too long (101 characters); it takes at most 100. Usage: !member <member>");
    }
}
