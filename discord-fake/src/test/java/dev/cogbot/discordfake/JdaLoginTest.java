package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.model.FakeApplication;
import dev.cogbot.discordfake.model.FakeTeam;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import net.dv8tion.jda.api.entities.ApplicationTeam;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.TeamMember;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class JdaLoginTest {

    private static final Logger LOG = LoggerFactory.getLogger(JdaLoginTest.class);

    private FakeDiscord fake;
    private JDA jda;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
    }

    @AfterEach
    void stop() {
        Jda.shutdown(jda);
        fake.close();
    }

    @Test
    void jdaLogsInAndSeesTheGuildAndItsChannels() {
        jda = Jda.login(fake);

        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        assertThat(jda.getSelfUser().getIdLong()).isEqualTo(BOT_ID);
        assertThat(jda.getSelfUser().getName()).isEqualTo("cogbot");
        assertThat(jda.getSelfUser().isBot()).isTrue();
        Guild guild = jda.getGuildById(GUILD_ID);
        assertThat(guild).isNotNull();
        assertThat(guild.getName()).isEqualTo("Cog Test Guild");
        assertThat(guild.getTextChannelsByName("general", false)).singleElement()
                .satisfies(c -> assertThat(c.getIdLong()).isEqualTo(GENERAL_ID));
        assertThat(guild.getSelfMember().getRoles()).extracting(r -> r.getName()).containsExactly("cogbot");
        assertThat(guild.getPublicRole().getIdLong()).isEqualTo(GUILD_ID);
        assertThat(guild.getTextChannelById(GENERAL_ID).canTalk()).isTrue();

        List<Recorded.RestCall> calls = fake.restCalls();
        LOG.info("REST calls at login: {}", calls);
        LOG.info("Gateway ops at login: {}", fake.gatewayOps().stream().map(o -> o.op()).toList());
        assertThat(fake.unknownRequests()).isEmpty();
        assertThat(calls).anySatisfy(c -> assertThat(c.is("GET", "users/@me")).isTrue());
        assertThat(calls).allSatisfy(c -> assertThat(c.headers()).doesNotContainKey("authorization"));
        // GET gateway is the test's session controller finding the gateway; the rest is JDA's own
        assertThat(calls).filteredOn(c -> !c.is("GET", "gateway")).allSatisfy(c ->
                assertThat(c.headers().get("user-agent")).singleElement().asString().startsWith("DiscordBot"));
    }

    @Test
    void identifyCarriesTheIntentsAndTheFakeRecordsThem() {
        jda = Jda.login(fake);

        // JDA always adds GUILDS (bit 0)
        int expected = GatewayIntent.getRaw(Jda.INTENTS) | 1;
        assertThat(fake.lastIdentifiedIntents()).hasValue(expected);
        Recorded.GatewayOp identify = fake.await(Recorded.GatewayOp.class, o -> o.op() == 2, Jda.READY_TIMEOUT);
        assertThat(identify.d().path("token").asText()).isEqualTo("<redacted>");
        assertThat(identify.d().path("intents").asInt()).isEqualTo(expected);
    }

    @Test
    void applicationInfoNamesTheOwner() {
        jda = Jda.login(fake);

        ApplicationInfo info = Jda.get(jda.retrieveApplicationInfo().submit());

        assertThat(info.getIdLong()).isEqualTo(FakeDiscordConfig.APPLICATION_ID);
        assertThat(info.getOwner().getIdLong()).isEqualTo(ALICE_ID);
        assertThat(info.getOwner().getName()).isEqualTo("alice");
        assertThat(info.getTeam()).isNull();
    }

    @Test
    void applicationInfoOfATeamNamesTheTeamAndItsMembers() {
        long teamId = 1_300_000_000_000_003_000L;
        fake.close();
        fake = FakeDiscord.start(FakeDiscordConfig.builder().application(FakeApplication.ownedByTeam(BOT_ID, "cogbot",
                new FakeTeam(teamId, "cog makers", ALICE_ID, List.of(ALICE_ID, BOB_ID)))).build());
        jda = Jda.login(fake);

        ApplicationInfo info = Jda.get(jda.retrieveApplicationInfo().submit());

        // Discord reports the team's pseudo-user as owner; the people are in the team
        assertThat(info.getOwner().getIdLong()).isEqualTo(teamId);
        ApplicationTeam team = info.getTeam();
        assertThat(team).isNotNull();
        assertThat(team.getOwnerIdLong()).isEqualTo(ALICE_ID);
        assertThat(team.getMembers()).extracting(m -> m.getUser().getIdLong()).containsExactly(ALICE_ID, BOB_ID);
        assertThat(team.getMembers()).allSatisfy(m ->
                assertThat(m.getMembershipState()).isEqualTo(TeamMember.MembershipState.ACCEPTED));
        assertThat(team.getMemberById(ALICE_ID).getRoleType()).isEqualTo(TeamMember.RoleType.OWNER);
    }
}
