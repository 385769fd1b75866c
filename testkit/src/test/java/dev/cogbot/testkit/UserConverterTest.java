package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.User;
import dev.cogbot.api.error.UserNotFound;
import dev.cogbot.runtime.transport.MemberRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A {@link User} argument, found as discord.py's UserConverter finds one: by id, by mention, by name. */
class UserConverterTest {

    private final ModelArgumentsCog cog = new ModelArgumentsCog();
    private final TestBot bot = TestBot.builder().plugin("model", cog).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    private TestUser member(String id, String name) {
        TestUser user = new TestUser(bot, new User(id, name, false), TestBot.GENERAL, TestUser.PLAIN_MEMBER, List.of());
        user.join();
        return user;
    }

    @Test
    void isFoundByItsId() {
        member("1001", "bob");

        assertThat(alice.says("!who 1001")).containsExactly("cogbot: user 1001 named bob");
    }

    @Test
    void isFoundByAMention() {
        TestUser bob = member("1001", "bob");

        assertThat(alice.says("!who " + bob.mention())).containsExactly("cogbot: user 1001 named bob");
        assertThat(alice.says("!who <@!1001>")).containsExactly("cogbot: user 1001 named bob");
    }

    @Test
    void isFoundByItsNameAmongTheServersMembers() {
        member("1001", "bob");

        assertThat(alice.says("!who bob")).containsExactly("cogbot: user 1001 named bob");
    }

    @Test
    void isFoundByItsNameWhenOnlyTheNetworkKnowsThem() {
        bot.transport().addUncachedMember(TestBot.GUILD,
                MemberRef.of(new User("1001", "bob", false), "Bobby", Set.of()));

        assertThat(alice.says("!who bob")).containsExactly("cogbot: user 1001 named bob");
    }

    @Test
    void isNotFoundByANicknameInTheServer() {
        bot.transport().addUncachedMember(TestBot.GUILD,
                MemberRef.of(new User("1001", "bob", false), "Bobby", Set.of()));

        assertThat(alice.says("!who Bobby")).containsExactly(
                "cogbot: <user>: no user 'Bobby' is known here; mention them or give their id. Usage: !who <user>");
    }

    @Test
    void anIdWinsOverAName() {
        member("1001", "bob");
        member("bob", "robert");

        assertThat(alice.says("!who bob")).containsExactly("cogbot: user bob named robert");
    }

    @Test
    void aNameIsMatchedExactly() {
        member("1001", "bob");

        assertThat(alice.says("!who Bob")).containsExactly(
                "cogbot: <user>: no user 'Bob' is known here; mention them or give their id. Usage: !who <user>");
    }

    @Test
    void inADmOnlyTheTwoInItAreFoundByName() {
        member("1001", "bob");

        assertThat(alice.inDm().says("!who bob")).containsExactly(
                "cogbot: <user>: no user 'bob' is known here; mention them or give their id. Usage: !who <user>");
        assertThat(alice.inDm().says("!who cogbot")).containsExactly("cogbot: user bot named cogbot");
    }

    @Test
    void noneFoundIsAUserNotFoundNamingTheArgumentAndTheText() {
        alice.says("!who zed");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(UserNotFound.class, e -> {
            assertThat(e.argument()).isEqualTo("user");
            assertThat(e.text()).isEqualTo("zed");
        });
    }
}
