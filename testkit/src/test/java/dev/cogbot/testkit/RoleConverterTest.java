package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Role;
import dev.cogbot.api.error.NoPrivateMessage;
import dev.cogbot.api.error.RoleNotFound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A {@link Role} argument, found as discord.py's RoleConverter finds one: by id, by mention, by name. */
class RoleConverterTest {

    private final ModelArgumentsCog cog = new ModelArgumentsCog();
    private final TestBot bot = TestBot.builder().plugin("model", cog).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    private Role role(String id, String name) {
        Role role = new Role(id, name);
        bot.transport().addRole(TestBot.GUILD, role);
        return role;
    }

    @Test
    void isFoundByItsId() {
        role("2001", "Moderator");

        assertThat(alice.says("!role 2001")).containsExactly("cogbot: role 2001 named Moderator");
    }

    @Test
    void isFoundByAMention() {
        Role mods = role("2001", "Moderator");

        assertThat(alice.says("!role " + mods.mention())).containsExactly("cogbot: role 2001 named Moderator");
    }

    @Test
    void isFoundByItsExactName() {
        role("2001", "Moderator");

        assertThat(alice.says("!role Moderator")).containsExactly("cogbot: role 2001 named Moderator");
        assertThat(alice.says("!role moderator")).containsExactly(
                "cogbot: <role>: no role 'moderator' in this server; mention it, or give its id or exact name."
                        + " Usage: !role <role>");
    }

    @Test
    void anIdWinsOverAName() {
        role("2001", "staff");
        role("staff", "Helpers");

        assertThat(alice.says("!role staff")).containsExactly("cogbot: role staff named Helpers");
    }

    @Test
    void noneFoundIsARoleNotFoundNamingTheArgumentAndTheText() {
        alice.says("!role Admins");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(RoleNotFound.class, e -> {
            assertThat(e.argument()).isEqualTo("role");
            assertThat(e.text()).isEqualTo("Admins");
        });
    }

    @Test
    void inADmItFailsAsTheCommandWorksOnlyInAServer() {
        role("2001", "Moderator");

        assertThat(alice.inDm().says("!role Moderator")).containsExactly(
                "cogbot: !role works only in a server.");
        assertThat(cog.errors).singleElement().isInstanceOf(NoPrivateMessage.class);
    }
}
