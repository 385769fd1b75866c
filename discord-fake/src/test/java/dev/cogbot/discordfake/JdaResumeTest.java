package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.Recorded.Dispatch.Delivery;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdaResumeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private FakeDiscord fake;
    private JDA jda;
    private final EventLog events = new EventLog();

    @BeforeEach
    void login() {
        fake = FakeDiscord.start();
        jda = Jda.login(fake, events, new PingPong());
    }

    @AfterEach
    void logout() {
        Jda.shutdown(jda);
        fake.close();
    }

    @Test
    void afterADroppedConnectionJdaResumesGetsWhatItMissedAndKeepsAnswering() {
        String sessionId = fake.await(Recorded.Session.class, s -> s.kind() == Recorded.Session.Kind.IDENTIFIED,
                TIMEOUT).sessionId();
        int mark = fake.mark();
        StatusChangeEvent connectedAtLogin = Jda.get(events.first(StatusChangeEvent.class,
                e -> e.getNewStatus() == JDA.Status.CONNECTED));
        // park the RESUME, so the messages below are certainly sent while JDA is away
        fake.holdResumes();
        fake.dropConnection();
        long first = fake.userSays(ALICE_ID, GENERAL_ID, "said while you were away");
        long second = fake.userSays(ALICE_ID, GENERAL_ID, "!ping");

        Recorded.GatewayOp resume = fake.awaitAfter(mark, Recorded.GatewayOp.class, o -> o.op() == 6, TIMEOUT);
        assertThat(resume.d().path("session_id").asText()).isEqualTo(sessionId);
        assertThat(resume.d().path("token").asText()).isEqualTo("<redacted>");
        fake.releaseResumes();

        fake.awaitAfter(mark, Recorded.Session.class, s -> s.kind() == Recorded.Session.Kind.RESUMED, TIMEOUT);
        Jda.get(events.first(SessionResumeEvent.class, e -> true));
        assertThat(Jda.get(events.first(MessageReceivedEvent.class, e -> e.getMessageIdLong() == first))
                .getMessage().getContentRaw()).isEqualTo("said while you were away");
        Jda.get(events.first(MessageReceivedEvent.class, e -> e.getMessageIdLong() == second));
        // the replayed "!ping" is answered on the resumed session
        fake.awaitAfter(mark, Recorded.MessageSent.class, m -> m.content().equals("pong"), TIMEOUT);

        List<Recorded.Dispatch> sinceDrop = fake.dispatches().stream()
                .filter(d -> fake.recorded().indexOf(d) >= mark).toList();
        assertThat(sinceDrop).filteredOn(d -> d.type().equals("MESSAGE_CREATE")).extracting(Recorded.Dispatch::delivery)
                .startsWith(Delivery.QUEUED, Delivery.QUEUED, Delivery.REPLAYED, Delivery.REPLAYED);
        assertThat(sinceDrop).extracting(Recorded.Dispatch::type).contains("RESUMED");
        // resumed, not identified again
        assertThat(fake.gatewayOps()).filteredOn(o -> o.op() == 2).hasSize(1);
        // JDA fires the resume event first and only then says it is connected again
        Jda.get(events.first(StatusChangeEvent.class,
                e -> e != connectedAtLogin && e.getNewStatus() == JDA.Status.CONNECTED));
    }

    @Test
    void jdaAlsoResumesAfterAResumableCloseCode() {
        int mark = fake.mark();

        fake.dropConnection(4000);

        fake.awaitAfter(mark, Recorded.Session.class, s -> s.kind() == Recorded.Session.Kind.RESUMED, TIMEOUT);
        long id = fake.userSays(ALICE_ID, GENERAL_ID, "!ping");
        Jda.get(events.first(MessageReceivedEvent.class, e -> e.getMessageIdLong() == id));
        fake.awaitAfter(mark, Recorded.MessageSent.class, m -> m.content().equals("pong"), TIMEOUT);
        assertThat(fake.recorded()).filteredOn(Recorded.Connection.class::isInstance)
                .map(Recorded.Connection.class::cast).filteredOn(c -> !c.open())
                .singleElement().satisfies(c -> assertThat(c.closeCode()).isEqualTo(4000));
        assertThat(fake.gatewayOps()).filteredOn(o -> o.op() == 2).hasSize(1);
    }
}
