package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.MODERATOR_ROLE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.RANDOM_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Button;
import dev.cogbot.api.Draft;
import dev.cogbot.api.SelectMenu;
import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeInteraction;
import dev.cogbot.discordfake.FakeInteraction.AutocompleteChoice;
import dev.cogbot.discordfake.FakeInteraction.ResponseMessage;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.discordfake.Recorded.InteractionMessage.Kind;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.ApplicationCommand.Choice;
import dev.cogbot.runtime.transport.ApplicationCommand.Option;
import dev.cogbot.runtime.transport.ApplicationCommand.OptionType;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.CommandScope;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingInteraction;
import dev.cogbot.runtime.transport.IncomingInteraction.Autocomplete;
import dev.cogbot.runtime.transport.IncomingInteraction.CommandUse;
import dev.cogbot.runtime.transport.IncomingInteraction.ComponentUse;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordToken;
import dev.cogbot.runtime.transport.discord.DiscordTransport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The JDA transport alone, logged in to the local Discord server: interactions in as
 * {@link IncomingInteraction}s, answers out through their responders, components on messages, and
 * slash command registration.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordInteractionsTest {

    private static final Duration PATIENCE = DiscordSession.PATIENCE;

    private static final ApplicationCommand REMIND = new ApplicationCommand("remind", "Reminds you", List.of(
            option(OptionType.STRING, "what", true),
            option(OptionType.INTEGER, "minutes", false),
            option(OptionType.NUMBER, "factor", false),
            option(OptionType.BOOLEAN, "loud", false),
            option(OptionType.USER, "who", false),
            option(OptionType.CHANNEL, "where", false),
            option(OptionType.ROLE, "role", false)), false, false);
    private static final ApplicationCommand PLUGINS = new ApplicationCommand("plugins", "Manages plugins", List.of(
            new Option(OptionType.SUBCOMMAND, "load", "Loads a plugin", false, List.of(), false, List.of(
                    new Option(OptionType.STRING, "id", "the plugin's id", true, List.of(), true, List.of()))),
            new Option(OptionType.SUBCOMMAND, "list", "Lists plugins", false, List.of(), false, List.of())),
            true, true);
    private static final ApplicationCommand HUSH = new ApplicationCommand("hush", "Keeps the bot quiet", List.of(
            new Option(OptionType.STRING, "scope", "where", false,
                    List.of(new Choice("This channel", "CHANNEL"), new Choice("The server", "SERVER")), false, List.of()),
            new Option(OptionType.INTEGER, "level", "how quiet", false,
                    List.of(new Choice("a bit", "1"), new Choice("very", "2")), false, List.of())),
            false, true);

    private FakeDiscord discord;
    private DiscordTransport transport;
    private final RecordingListener listener = new RecordingListener();

    @BeforeAll
    void login() throws InterruptedException {
        discord = FakeDiscord.start();
        transport = new DiscordTransport(new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                Optional.of(URI.create(discord.restBaseUrl())), Optional.empty()));
        transport.start(listener);
        assertThat(listener.awaitReady(PATIENCE)).as("ready").isTrue();
        transport.overwriteCommands(CommandScope.GLOBAL, List.of(REMIND, PLUGINS, HUSH));
    }

    @AfterAll
    void logout() {
        transport.close();
        discord.close();
    }

    @Test
    void aSlashCommandArrivesWithItsOptionsAsText() throws InterruptedException {
        discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind", Map.of("what", "buy tea", "minutes", 10L,
                "factor", 1.5, "loud", true, "who", BOB_ID, "where", RANDOM_ID, "role", MODERATOR_ROLE_ID));

        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);
        assertThat(use.path()).containsExactly("remind");
        assertThat(use.options()).containsEntry("what", "buy tea").containsEntry("minutes", "10")
                .containsEntry("factor", "1.5").containsEntry("loud", "true")
                .containsEntry("who", Long.toString(BOB_ID)).containsEntry("where", Long.toString(RANDOM_ID))
                .containsEntry("role", Long.toString(MODERATOR_ROLE_ID));
        assertThat(use.user().id()).isEqualTo(Long.toString(ALICE_ID));
        assertThat(use.member().user().id()).isEqualTo(Long.toString(ALICE_ID));
        assertThat(use.channel().id()).isEqualTo(Long.toString(GENERAL_ID));
        use.responder().respond(Draft.of("ok"));
    }

    @Test
    void aSubcommandArrivesWithItsPath() throws InterruptedException {
        discord.userRunsCommand(ALICE_ID, GENERAL_ID, "plugins load", Map.of("id", "jokes"));

        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);
        assertThat(use.path()).containsExactly("plugins", "load");
        assertThat(use.options()).containsExactly(Map.entry("id", "jokes"));
        use.responder().respond(Draft.of("ok"));
    }

    @Test
    void aSlashCommandInADmArrivesInTheDmWithoutAMember() throws InterruptedException {
        discord.userRunsCommandInDm(BOB_ID, "remind", Map.of("what", "tea"));

        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);
        assertThat(use.channel().isPrivate()).isTrue();
        assertThat(use.channel().recipientId()).isEqualTo(Long.toString(BOB_ID));
        assertThat(use.member()).isNull();
        use.responder().respond(Draft.of("noted"));
        assertThat(transport.send(use.channel(), Draft.of("and again")).content()).isEqualTo("and again");
    }

    @Test
    void theMemberAnOptionNamesIsLookedUpWithoutAskingDiscord() throws InterruptedException {
        discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind", Map.of("what", "tea", "who", BOB_ID));
        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);
        int callsBefore = discord.restCalls().size();

        GuildRef guild = use.channel().guild();
        assertThat(transport.member(guild, Long.toString(BOB_ID))).hasValueSatisfying(
                bob -> assertThat(bob.user().name()).isEqualTo("bob"));
        assertThat(transport.user(Long.toString(BOB_ID))).hasValueSatisfying(bob -> assertThat(bob.name()).isEqualTo("bob"));
        assertThat(discord.restCalls().subList(callsBefore, discord.restCalls().size()))
                .noneMatch(call -> call.path().contains("/members/") || call.path().contains("/users/"));
        use.responder().respond(Draft.of("ok"));
    }

    @Test
    void aResponseIsTheInteractionsOriginalMessage() throws InterruptedException {
        FakeInteraction run = discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind", Map.of("what", "tea"));
        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);

        use.responder().respond(Draft.of("I'll remind you"));

        assertThat(run.callbackType()).hasValue(4);
        assertThat(run.original()).hasValueSatisfying(original -> {
            assertThat(original.content()).isEqualTo("I'll remind you");
            assertThat(original.ephemeral()).isFalse();
        });
        IncomingMessage original = use.responder().original();
        assertThat(original.content()).isEqualTo("I'll remind you");
    }

    @Test
    void anEphemeralResponseIsSeenByItsUserOnlyAndHasNoMessageToReactTo() throws InterruptedException {
        FakeInteraction run = discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind", Map.of("what", "tea"));
        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);

        use.responder().respond(Draft.of("only you see this").ephemeral());

        assertThat(run.original()).hasValueSatisfying(original -> assertThat(original.ephemeral()).isTrue());
        assertThatThrownBy(() -> use.responder().original()).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("seen by its user only");
    }

    @Test
    void aDeferredCommandIsThinkingUntilItsAnswerReplacesIt() throws InterruptedException {
        FakeInteraction run = discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind", Map.of("what", "tea"));
        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);

        use.responder().defer(false);
        assertThat(run.original()).hasValueSatisfying(original -> assertThat(original.loading()).isTrue());
        IncomingMessage edited = use.responder().editOriginal(Draft.of("done"));

        assertThat(edited.content()).isEqualTo("done");
        assertThat(run.original()).hasValueSatisfying(original -> {
            assertThat(original.content()).isEqualTo("done");
            assertThat(original.loading()).isFalse();
        });
    }

    @Test
    void followUpsComeAfterTheAnswerVisibleOrEphemeral() throws InterruptedException {
        FakeInteraction run = discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind", Map.of("what", "tea"));
        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);
        use.responder().respond(Draft.of("first"));

        IncomingMessage second = use.responder().followUp(Draft.of("second"));
        use.responder().followUp(Draft.of("psst").ephemeral());

        assertThat(second.content()).isEqualTo("second");
        assertThat(run.followUps()).extracting(ResponseMessage::content, ResponseMessage::ephemeral)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("second", false),
                        org.assertj.core.groups.Tuple.tuple("psst", true));
    }

    @Test
    void theAnswerCanBeDeleted() throws InterruptedException {
        FakeInteraction run = discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind", Map.of("what", "tea"));
        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);
        use.responder().respond(Draft.of("gone soon"));

        use.responder().deleteOriginal();

        assertThat(run.awaitMessage(Kind.DELETED, PATIENCE)).isNotNull();
        assertThat(run.original()).isEmpty();
    }

    @Test
    void aSecondFirstAnswerIsRefusedInOneLine() throws InterruptedException {
        discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind", Map.of("what", "tea"));
        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);
        use.responder().respond(Draft.of("once"));

        assertThatThrownBy(() -> use.responder().respond(Draft.of("twice"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("answered already").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> use.responder().update(Draft.of("no"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only a click on a component");
    }

    @Test
    void anEditBeforeAnyAnswerIsRefusedAtOnce() throws InterruptedException {
        discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind", Map.of("what", "tea"));
        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);

        assertThatThrownBy(() -> use.responder().editOriginal(Draft.of("too early")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no answer yet");
        assertThatThrownBy(() -> use.responder().original()).isInstanceOf(NoSuchElementException.class);
        use.responder().respond(Draft.of("ok"));
    }

    @Test
    void anAnswerAfterThreeSecondsIsRefusedInOneLine() throws InterruptedException {
        discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind", Map.of("what", "tea"));
        CommandUse use = (CommandUse) listener.nextInteraction(PATIENCE);
        discord.advanceTime(Duration.ofSeconds(4));

        assertThatThrownBy(() -> use.responder().respond(Draft.of("late")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("three seconds").hasMessageNotContaining("\n");
    }

    @Test
    void autocompleteArrivesWithTheFocusedOptionAndIsAnsweredWithSuggestions() throws InterruptedException {
        FakeInteraction typing = discord.userAutocompletes(ALICE_ID, GENERAL_ID, "plugins load", Map.of("id", "jo"), "id");

        Autocomplete asked = (Autocomplete) listener.nextInteraction(PATIENCE);
        assertThat(asked.path()).containsExactly("plugins", "load");
        assertThat(asked.focused()).isEqualTo("id");
        assertThat(asked.options()).containsEntry("id", "jo");
        asked.responder().suggest(List.of(new Choice("jokes", "jokes"), new Choice("joules", "joules")));

        assertThat(typing.autocompleteChoices()).containsExactly(new AutocompleteChoice("jokes", "jokes"),
                new AutocompleteChoice("joules", "joules"));
    }

    @Test
    void buttonsAndMenusGoOutOnASentMessage() throws InterruptedException {
        IncomingMessage sent = transport.send(general(), Draft.of("Lunch?")
                .withRow(Button.success("lunch:yes", "Yes"), Button.danger("lunch:no", "No"),
                        Button.link("https://example.org", "Menu"))
                .withRow(SelectMenu.of("lunch:where", "Where?", SelectMenu.Option.of("park", "The park"),
                        SelectMenu.Option.of("desk", "My desk"))));
        long id = Long.parseLong(sent.id());

        // the server refuses a click on a component the message does not have
        discord.userClicksButton(ALICE_ID, GENERAL_ID, id, "lunch:no");
        assertThat(((ComponentUse) listener.nextInteraction(PATIENCE)).componentId()).isEqualTo("lunch:no");
        discord.userSelects(ALICE_ID, GENERAL_ID, id, "lunch:where", List.of("park"));
        assertThat(((ComponentUse) listener.nextInteraction(PATIENCE)).values()).containsExactly("park");
        assertThatThrownBy(() -> discord.userClicksButton(ALICE_ID, GENERAL_ID, id, "lunch:maybe"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anEditReplacesTheComponents() {
        IncomingMessage sent = transport.send(general(), Draft.of("Vote").withRow(Button.primary("poll:a", "A")));
        long id = Long.parseLong(sent.id());

        transport.edit(general(), sent.id(), Draft.of("Closed"));

        assertThatThrownBy(() -> discord.userClicksButton(ALICE_ID, GENERAL_ID, id, "poll:a"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aClickArrivesWithTheMessageAndUpdatesIt() throws InterruptedException {
        IncomingMessage sent = transport.send(general(), Draft.of("Lunch?").withRow(Button.success("lunch:yes", "Yes")));
        FakeInteraction click = discord.userClicksButton(BOB_ID, GENERAL_ID, Long.parseLong(sent.id()), "lunch:yes");

        ComponentUse use = (ComponentUse) listener.nextInteraction(PATIENCE);
        assertThat(use.componentId()).isEqualTo("lunch:yes");
        assertThat(use.values()).isEmpty();
        assertThat(use.message().id()).isEqualTo(sent.id());
        assertThat(use.message().content()).isEqualTo("Lunch?");
        assertThat(use.user().id()).isEqualTo(Long.toString(BOB_ID));
        use.responder().update(Draft.of("Lunch! (bob is in)").withoutComponents());

        assertThat(click.callbackType()).hasValue(7);
        assertThat(discord.messagesIn(GENERAL_ID)).filteredOn(m -> Long.toString(m.id()).equals(sent.id()))
                .singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("Lunch! (bob is in)"));
    }

    @Test
    void aChoiceInAMenuArrivesWithItsValues() throws InterruptedException {
        IncomingMessage sent = transport.send(general(), Draft.of("Where?").withRow(new SelectMenu("lunch:where", "",
                List.of(SelectMenu.Option.of("park", "The park"), SelectMenu.Option.of("desk", "My desk")), 1, 2)));
        FakeInteraction choice = discord.userSelects(ALICE_ID, GENERAL_ID, Long.parseLong(sent.id()), "lunch:where",
                List.of("desk", "park"));

        ComponentUse use = (ComponentUse) listener.nextInteraction(PATIENCE);
        assertThat(use.componentId()).isEqualTo("lunch:where");
        assertThat(use.values()).containsExactly("desk", "park");
        use.responder().deferUpdate();

        assertThat(choice.callbackType()).hasValue(6);
    }

    @Test
    void aClickCanBeAnsweredPrivately() throws InterruptedException {
        IncomingMessage sent = transport.send(general(), Draft.of("Vote").withRow(Button.primary("vote:1", "One")));
        FakeInteraction click = discord.userClicksButton(ALICE_ID, GENERAL_ID, Long.parseLong(sent.id()), "vote:1");

        ComponentUse use = (ComponentUse) listener.nextInteraction(PATIENCE);
        use.responder().respond(Draft.of("Counted").ephemeral());

        assertThat(click.original()).hasValueSatisfying(original -> {
            assertThat(original.content()).isEqualTo("Counted");
            assertThat(original.ephemeral()).isTrue();
        });
    }

    @Test
    void registeredGlobalCommandsReadBackAsWritten() {
        assertThat(transport.registeredCommands(CommandScope.GLOBAL)).containsExactly(REMIND, PLUGINS, HUSH);
    }

    @Test
    void commandsWrittenInAServerReadBackAsTheServerKeepsThem() {
        CommandScope server = new CommandScope.InGuild(Long.toString(GUILD_ID));
        List<ApplicationCommand> wanted = List.of(REMIND, PLUGINS, HUSH);
        int writesBefore = discord.commandWrites(OptionalLong.of(GUILD_ID)).bulkOverwrites();

        transport.overwriteCommands(server, wanted);

        assertThat(transport.registeredCommands(server)).isEqualTo(wanted.stream().map(c -> c.as(server)).toList());
        assertThat(discord.registeredCommands(OptionalLong.of(GUILD_ID))).hasSize(3);
        assertThat(discord.commandWrites(OptionalLong.of(GUILD_ID)).bulkOverwrites()).isEqualTo(writesBefore + 1);
        transport.overwriteCommands(server, List.of());
        assertThat(transport.registeredCommands(server)).isEmpty();
    }

    @Test
    void ownerCommandsAreHiddenFromEveryoneAndServerOnlyCommandsFromDms() {
        Map<String, com.fasterxml.jackson.databind.JsonNode> registered = new java.util.HashMap<>();
        discord.registeredCommands(OptionalLong.empty()).forEach(c -> registered.put(c.name(), c.payload()));

        assertThat(registered.get("plugins").path("default_member_permissions").asText()).isEqualTo("0");
        assertThat(registered.get("plugins").path("contexts").toString()).isEqualTo("[\"0\"]");
        assertThat(registered.get("remind").path("default_member_permissions").isNull()).isTrue();
        assertThat(registered.get("remind").path("contexts").toString()).isEqualTo("[\"0\",\"1\"]");
    }

    @Test
    void aRateLimitedRegistrationIsWrittenOnceAfterTheWait() {
        CommandScope server = new CommandScope.InGuild(Long.toString(GUILD_ID));
        // the server's Retry-After is whole seconds, so this test really waits one second
        discord.failNextWith429(dev.cogbot.discordfake.RouteMatcher.route("PUT",
                "applications/{application}/guilds/{guild}/commands"), 1);

        transport.overwriteCommands(server, List.of(HUSH));

        assertThat(transport.registeredCommands(server)).containsExactly(HUSH.as(server));
        assertThat(discord.restCalls()).filteredOn(c -> c.method().equals("PUT") && c.path().endsWith("/commands"))
                .extracting(Recorded.RestCall::status).endsWith(429, 200);
        transport.overwriteCommands(server, List.of());
    }

    @Test
    void onlyTheProcessRunningShardZeroRegisters() {
        assertThat(transport.registersCommands()).isTrue();
        DiscordOptions secondShard = new DiscordOptions(DiscordToken.of("x", "the test"), Optional.empty(),
                Optional.of(new DiscordOptions.Shards(1, 1, 2)));
        assertThat(new DiscordTransport(secondShard).registersCommands()).isFalse();
    }

    private ChannelRef general() {
        return transport.channel(Long.toString(GENERAL_ID)).orElseThrow();
    }

    private static Option option(OptionType type, String name, boolean required) {
        return new Option(type, name, "the " + name, required, List.of(), false, List.of());
    }
}
