package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Button;
import dev.cogbot.api.Click;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Draft;
import dev.cogbot.api.OnComponent;
import dev.cogbot.api.SelectMenu;
import dev.cogbot.runtime.commands.CogDefinitionException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clicks on a plugin's buttons and menus reach its {@code @OnComponent} methods while it is loaded. */
class ComponentClicksTest {

    static final class LunchCog implements Cog {
        @Command
        public void lunch(Context ctx) {
            ctx.send(Draft.of("Lunch?").withRow(Button.success("lunch:yes", "Yes"), Button.danger("lunch:no", "No"),
                    Button.secondary("lunch:later", "Later"), Button.primary("lunch:quiet", "Quiet"),
                    Button.secondary("lunch:broken", "Broken")));
        }

        @Command
        public void colour(Context ctx) {
            ctx.send(Draft.of("Pick one").withRow(SelectMenu.of("colour", "Pick a colour",
                    SelectMenu.Option.of("red", "Red"), SelectMenu.Option.of("blue", "Blue"))));
        }

        @OnComponent("lunch")
        public void vote(Click click) {
            switch (click.componentId()) {
                case "lunch:yes" -> click.update(Draft.of(click.user().name() + " is coming"));
                case "lunch:no" -> {
                    click.replyPrivately("Noted.");
                    click.reply("Someone is not coming.");
                }
                case "lunch:later" -> {
                    click.bot().sleep(Duration.ofSeconds(3));
                    click.reply("Later, then.");
                }
                case "lunch:broken" -> throw new IllegalStateException("a bug");
                default -> { }
            }
        }

        @OnComponent("colour")
        public void colour(Click click) {
            click.reply(click.user().name() + " picked " + click.values());
        }
    }

    static final class OtherLunchCog implements Cog {
        @OnComponent("lunch")
        public void mine(Click click) {
            click.reply("mine");
        }
    }

    static final class BadHandlerCog implements Cog {
        @OnComponent("bad")
        public String wrong(Click click) {
            return "";
        }
    }

    private final TestBot bot = TestBot.builder().plugin("lunch", new LunchCog()).build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void close() {
        bot.close();
    }

    private BotEvent.Sent lunch() {
        alice.says("!lunch");
        return (BotEvent.Sent) bot.events().getLast();
    }

    @Test
    void aDraftWithButtonsIsSentWithThem() {
        assertThat(alice.says("!lunch")).containsExactly("cogbot: Lunch? [Yes] [No] [Later] [Quiet] [Broken]");
    }

    @Test
    void aClickReachesItsPluginsHandler() {
        TestInteraction yes = bob.clicks(lunch(), "lunch:yes");

        assertThat(yes.updatedMessage().orElseThrow().text()).isEqualTo("bob is coming");
        assertThat(yes.updatedMessage().orElseThrow().rows()).isEmpty();
    }

    @Test
    void aClicksFirstAnswerIsTheResponseAndTheNextAFollowUp() {
        TestInteraction no = bob.clicks(lunch(), "lunch:no");

        assertThat(no.lines()).containsExactly("cogbot (privately): Noted.", "cogbot: Someone is not coming.");
        assertThat(no.response().ephemeral()).isTrue();
        assertThat(no.followUps()).extracting(BotEvent.Sent::text).containsExactly("Someone is not coming.");
    }

    @Test
    void aSilentClickIsAcknowledgedWithoutAnAnswer() {
        TestInteraction quiet = bob.clicks(lunch(), "lunch:quiet");

        assertThat(quiet.answered()).isTrue();
        assertThat(quiet.lines()).isEmpty();
    }

    @Test
    void aSlowClickIsAcknowledgedAfterTwoSecondsAndAnsweredLater() {
        TestInteraction later = bob.clicks(lunch(), "lunch:later");
        assertThat(later.answered()).isFalse();

        bot.advance(Duration.ofSeconds(2));
        assertThat(later.answered()).isTrue();

        assertThat(bot.advance(Duration.ofSeconds(1))).containsExactly("cogbot: Later, then.");
    }

    @Test
    void aFailingHandlerIsAnsweredPrivately() {
        TestInteraction broken = bob.clicks(lunch(), "lunch:broken");

        assertThat(broken.lines()).containsExactly(
                "cogbot (privately): Sorry, that ran into a problem; the details are in the bot's log.");
    }

    @Test
    void aChoiceInAMenuReachesItsHandlerWithTheValues() {
        alice.says("!colour");
        BotEvent.Sent menu = (BotEvent.Sent) bot.events().getLast();

        assertThat(bob.chooses(menu, "colour", "blue").lines()).containsExactly("cogbot: bob picked [blue]");
    }

    @Test
    void aClickAfterUnloadIsAnsweredPolitely() {
        BotEvent.Sent lunch = lunch();
        bot.unload("lunch");

        assertThat(bob.clicks(lunch, "lunch:yes").lines()).containsExactly(
                "cogbot (privately): That button belongs to a plugin that is not loaded right now.");
    }

    @Test
    void aSecondPluginClaimingAComponentIdIsRefused() {
        assertThatThrownBy(() -> bot.load("other", new OtherLunchCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("@OnComponent(\"lunch\") on OtherLunchCog.mine: component ids starting with \"lunch\" are"
                        + " claimed by plugin lunch (LunchCog.vote); choose another prefix");
        assertThat(bob.clicks(lunch(), "lunch:yes").updatedMessage()).isPresent();
    }

    @Test
    void aWronglyDeclaredHandlerRefusesItsPlugin() {
        assertThatThrownBy(() -> bot.load("bad", new BadHandlerCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("@OnComponent(\"bad\") on BadHandlerCog.wrong must be declared as void wrong(Click click)");
    }

    @Test
    void aButtonTheMessageDoesNotHaveCannotBeClicked() {
        assertThatThrownBy(() -> bob.clicks(lunch(), "lunch:maybe")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no component 'lunch:maybe'");
    }
}
