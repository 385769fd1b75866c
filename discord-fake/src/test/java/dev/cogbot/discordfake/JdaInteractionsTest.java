package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.APPLICATION_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.MODERATOR_ROLE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.RANDOM_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogbot.discordfake.FakeInteraction.AutocompleteChoice;
import dev.cogbot.discordfake.FakeInteraction.ResponseMessage;
import dev.cogbot.discordfake.Recorded.InteractionMessage.Kind;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A real JDA registers commands with the fake and answers slash commands, components and autocompletes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdaInteractionsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private FakeDiscord fake;
    private JDA jda;
    private BotRest rest;
    private final EventLog events = new EventLog();
    private final InteractionBot bot = new InteractionBot();
    private List<Command> registered;

    @BeforeAll
    void login() {
        fake = FakeDiscord.start();
        jda = Jda.login(fake, events, bot);
        registered = Jda.get(jda.updateCommands().addCommands(InteractionBot.commands()).submit());
        rest = new BotRest(fake);
    }

    @AfterAll
    void logout() {
        rest.close();
        Jda.shutdown(jda);
        fake.close();
    }

    @Test
    void jdaRegistersItsCommandsGloballyAndReadsThemBack() {
        assertThat(registered).extracting(Command::getName).contains("echo", "menu", "fruit");
        assertThat(registered).filteredOn(c -> c.getName().equals("echo")).singleElement()
                .satisfies(c -> assertThat(c.getOptions()).hasSize(5));
        assertThat(fake.registeredCommands(OptionalLong.empty())).extracting(RegisteredCommand::name)
                .containsExactlyElementsOf(InteractionBot.commands().stream().map(c -> c.getName()).toList());
        assertThat(fake.unknownRequests()).isEmpty();
    }

    @Test
    void aSlashCommandReachesJdaWithItsOptionsResolved() {
        FakeInteraction run = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "echo", Map.of("text", "ho", "times", 3L,
                "who", BOB_ID, "where", RANDOM_ID, "role", MODERATOR_ROLE_ID));

        SlashCommandInteractionEvent event = Jda.get(events.first(SlashCommandInteractionEvent.class,
                e -> e.getInteraction().getIdLong() == run.id()));
        assertThat(event.getOption("text").getAsString()).isEqualTo("ho");
        assertThat(event.getOption("times").getAsLong()).isEqualTo(3);
        assertThat(event.getOption("who").getAsUser().getName()).isEqualTo("bob");
        assertThat(event.getOption("who").getAsMember()).isNotNull();
        assertThat(event.getOption("where").getAsChannel().getName()).isEqualTo("random");
        assertThat(event.getOption("role").getAsRole().getName()).isEqualTo("Moderator");
        assertThat(event.getMember().getIdLong()).isEqualTo(ALICE_ID);
        assertThat(event.getGuild().getIdLong()).isEqualTo(GUILD_ID);
        assertThat(event.getChannel().getIdLong()).isEqualTo(GENERAL_ID);

        Recorded.InteractionMessage original = run.awaitMessage(Kind.ORIGINAL, TIMEOUT);
        assertThat(original.content()).isEqualTo("hohoho");
        assertThat(run.callbackType()).hasValue(4);
        assertThat(fake.messagesIn(GENERAL_ID)).extracting(FakeMessage::id).contains(original.messageId());
    }

    @Test
    void aResponseIsAMessageOfTheChannelWithTheInteractionsMetadata() {
        FakeInteraction run = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "echo", Map.of("text", "meta", "times", 1L));
        long messageId = run.awaitMessage(Kind.ORIGINAL, TIMEOUT).messageId();

        MessageReceivedEvent created = Jda.get(events.first(MessageReceivedEvent.class,
                e -> e.getMessageIdLong() == messageId));
        Message message = created.getMessage();
        assertThat(message.getContentRaw()).isEqualTo("meta");
        assertThat(message.isWebhookMessage()).isTrue();
        assertThat(message.getInteractionMetadata()).isNotNull();
        assertThat(message.getInteractionMetadata().getIdLong()).isEqualTo(run.id());
        assertThat(message.getInteractionMetadata().getUser().getIdLong()).isEqualTo(ALICE_ID);
    }

    @Test
    void aDeferredReplyIsThinkingUntilTheBotEditsTheOriginal() {
        FakeInteraction run = fake.userRunsCommand(BOB_ID, GENERAL_ID, "slow", Map.of());

        Recorded.InteractionMessage thinking = run.awaitMessage(Kind.ORIGINAL, TIMEOUT);
        assertThat(thinking.loading()).isTrue();
        Recorded.InteractionMessage edited = run.awaitMessage(Kind.EDITED, TIMEOUT);
        assertThat(edited.content()).isEqualTo("done thinking");
        assertThat(edited.loading()).isFalse();
        assertThat(run.callbackType()).hasValue(5);
        assertThat(run.original()).get().extracting(ResponseMessage::content).isEqualTo("done thinking");
    }

    @Test
    void theFirstFollowUpAfterADeferralReplacesTheThinkingMessage() {
        FakeInteraction run = fake.userRunsCommand(BOB_ID, GENERAL_ID, "slowfollow", Map.of());

        Recorded.InteractionMessage edited = run.awaitMessage(Kind.EDITED, TIMEOUT);

        assertThat(edited.content()).isEqualTo("thought it through");
        assertThat(run.original()).get().satisfies(m -> assertThat(m.loading()).isFalse());
        assertThat(run.followUps()).isEmpty();
    }

    @Test
    void aFollowUpIsASecondMessage() {
        FakeInteraction run = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "follow", Map.of());

        Recorded.InteractionMessage followUp = run.awaitMessage(Kind.FOLLOW_UP, TIMEOUT);

        assertThat(followUp.content()).isEqualTo("second");
        assertThat(run.original()).get().extracting(ResponseMessage::content).isEqualTo("first");
        assertThat(run.followUps()).extracting(ResponseMessage::content).containsExactly("second");
        assertThat(fake.messagesIn(GENERAL_ID)).extracting(FakeMessage::id)
                .contains(run.original().orElseThrow().id(), followUp.messageId());
    }

    @Test
    void anEphemeralReplyIsNotInTheChannelAndCannotBeReactedTo() {
        FakeInteraction run = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "secret", Map.of());

        Recorded.InteractionMessage original = run.awaitMessage(Kind.ORIGINAL, TIMEOUT);

        assertThat(original.ephemeral()).isTrue();
        assertThat(original.content()).isEqualTo("for your eyes only");
        assertThat(fake.messagesIn(GENERAL_ID)).extracting(FakeMessage::id).doesNotContain(original.messageId());
        assertThatThrownBy(() -> fake.userReacts(ALICE_ID, GENERAL_ID, original.messageId(), "👍"))
                .isInstanceOf(NoSuchElementException.class);
        HttpResponse<String> botReacts = rest.call("PUT", "channels/" + GENERAL_ID + "/messages/"
                + original.messageId() + "/reactions/" + BotRest.segment("👍") + "/@me", null);
        assertThat(botReacts.statusCode()).isEqualTo(404);
    }

    @Test
    void aResponseCanBeReactedToByUsersAndTheBot() {
        FakeInteraction run = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "echo", Map.of("text", "react", "times", 1L));
        long messageId = run.awaitMessage(Kind.ORIGINAL, TIMEOUT).messageId();

        fake.userReacts(BOB_ID, GENERAL_ID, messageId, "👍");
        Jda.get(jda.getTextChannelById(GENERAL_ID).addReactionById(messageId,
                Emoji.fromUnicode("🎉")).submit());

        assertThat(fake.reactions()).filteredOn(r -> r.messageId() == messageId).extracting(FakeReaction::emoji)
                .containsExactly("👍", "🎉");
    }

    @Test
    void aSecondCallbackIsRefusedAsAlreadyAcknowledged() {
        FakeInteraction run = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "echo", Map.of("text", "once", "times", 1L));
        run.awaitMessage(Kind.ORIGINAL, TIMEOUT);

        JsonNode again = rest.json("POST", "interactions/" + run.id() + "/" + run.token() + "/callback",
                "{\"type\":4,\"data\":{\"content\":\"twice\"}}");

        assertThat(again.path("code").asInt()).isEqualTo(40060);
        assertThat(fake.recorded()).filteredOn(Recorded.InteractionCallback.class::isInstance)
                .map(Recorded.InteractionCallback.class::cast).filteredOn(c -> c.interactionId() == run.id())
                .extracting(Recorded.InteractionCallback::status).containsExactly(200, 400);
    }

    @Test
    void aCallbackAfterThreeSecondsIsAnUnknownInteraction() {
        FakeInteraction run = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "late", Map.of());
        Jda.get(events.first(SlashCommandInteractionEvent.class, e -> e.getInteraction().getIdLong() == run.id()));

        fake.advanceTime(Duration.ofMillis(3_001));
        bot.lateGate.countDown();

        Throwable failure = Jda.get(bot.lateFailure);
        assertThat(failure).isInstanceOf(ErrorResponseException.class);
        assertThat(((ErrorResponseException) failure).getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_INTERACTION);
        assertThat(run.acknowledged()).isFalse();
        assertThat(run.awaitCallback(TIMEOUT).status()).isEqualTo(404);
    }

    @Test
    void editingTheOriginalBeforeAnyCallbackIsAnUnknownWebhook() {
        FakeInteraction run = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "silent", Map.of());

        JsonNode edit = rest.json("PATCH", "webhooks/" + APPLICATION_ID + "/" + run.token() + "/messages/@original",
                "{\"content\":\"early\"}");

        assertThat(edit.path("code").asInt()).isEqualTo(10015);
    }

    @Test
    void aButtonClickIsAnsweredByEditingItsMessage() {
        FakeInteraction menu = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "menu", Map.of());
        ResponseMessage message = responseMessageOf(menu);
        assertThat(message.componentsJson()).hasSize(2);

        FakeInteraction click = fake.userClicksButton(BOB_ID, GENERAL_ID, message.id(), "like");

        Recorded.InteractionMessage edited = click.awaitMessage(Kind.EDITED, TIMEOUT);
        assertThat(click.callbackType()).hasValue(7);
        assertThat(edited.messageId()).isEqualTo(message.id());
        assertThat(edited.content()).isEqualTo("liked by bob");
        assertThat(edited.componentsJson()).isEmpty();
        assertThat(click.payload().path("message").path("id").asText()).isEqualTo(Long.toString(message.id()));
    }

    @Test
    void aSelectIsAnsweredByADeferredEditOfItsMessage() {
        FakeInteraction menu = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "menu", Map.of());
        ResponseMessage message = responseMessageOf(menu);

        FakeInteraction select = fake.userSelects(ALICE_ID, GENERAL_ID, message.id(), "fruits", List.of("apple", "pear"));

        Recorded.InteractionMessage edited = select.awaitMessage(Kind.EDITED, TIMEOUT);
        assertThat(select.callbackType()).hasValue(6);
        assertThat(edited.messageId()).isEqualTo(message.id());
        assertThat(edited.content()).isEqualTo("picked apple,pear");
    }

    @Test
    void aSelectRefusesAValueItDoesNotOffer() {
        ResponseMessage message = responseMessageOf(fake.userRunsCommand(ALICE_ID, GENERAL_ID, "menu", Map.of()));

        assertThatThrownBy(() -> fake.userSelects(ALICE_ID, GENERAL_ID, message.id(), "fruits", List.of("plum")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plum");
    }

    @Test
    void anAutocompleteIsAnsweredWithChoices() {
        FakeInteraction typing = fake.userAutocompletes(ALICE_ID, GENERAL_ID, "fruit", Map.of("name", "ap"), "name");

        typing.awaitCallback(TIMEOUT);

        assertThat(typing.callbackType()).hasValue(8);
        assertThat(typing.autocompleteChoices()).containsExactly(new AutocompleteChoice("apple", "apple"),
                new AutocompleteChoice("apricot", "apricot"));
    }

    @Test
    void aCommandThatIsNotRegisteredCannotBeRun() {
        assertThatThrownBy(() -> fake.userRunsCommand(ALICE_ID, GENERAL_ID, "nosuch", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/nosuch");
    }

    @Test
    void aCommandNeedsItsRequiredOptionsTyped() {
        assertThatThrownBy(() -> fake.userRunsCommand(ALICE_ID, GENERAL_ID, "echo", Map.of("text", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times");
        assertThatThrownBy(() -> fake.userRunsCommand(ALICE_ID, GENERAL_ID, "echo", Map.of("text", 1L, "times", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("string");
    }

    @Test
    void aGlobalCommandWorksInADm() {
        FakeInteraction run = fake.userRunsCommandInDm(BOB_ID, "echo", Map.of("text", "dm", "times", 2L));

        SlashCommandInteractionEvent event = Jda.get(events.first(SlashCommandInteractionEvent.class,
                e -> e.getInteraction().getIdLong() == run.id()));
        assertThat(event.isFromGuild()).isFalse();
        assertThat(event.getUser().getIdLong()).isEqualTo(BOB_ID);
        assertThat(run.awaitMessage(Kind.ORIGINAL, TIMEOUT).content()).isEqualTo("dmdm");
    }

    @Test
    void guildCommandWritesAreCountedForTheGuild() {
        var guild = jda.getGuildById(GUILD_ID);
        Jda.get(guild.updateCommands().addCommands(Commands.slash("guildonly", "Only here")).submit());
        Jda.get(guild.updateCommands().addCommands(Commands.slash("guildonly", "Only here")).submit());

        assertThat(fake.commandWrites(OptionalLong.of(GUILD_ID))).isEqualTo(new CommandWrites(2, 0, 0, 0));
        assertThat(fake.registeredCommands(OptionalLong.of(GUILD_ID))).extracting(RegisteredCommand::name)
                .containsExactly("guildonly");
        FakeInteraction run = fake.userRunsCommand(ALICE_ID, GENERAL_ID, "guildonly", Map.of());
        assertThat(run.payload().path("data").path("guild_id").asText()).isEqualTo(Long.toString(GUILD_ID));
        assertThatThrownBy(() -> fake.userRunsCommandInDm(ALICE_ID, "guildonly", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The original response of a /menu, once the bot has sent it. */
    private static ResponseMessage responseMessageOf(FakeInteraction menu) {
        menu.awaitMessage(Kind.ORIGINAL, TIMEOUT);
        return menu.original().orElseThrow();
    }
}
