package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.APPLICATION_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application command routes, called as the bot: Discord's storage, ids, validation and limits. */
class CommandRegistrationTest {

    private static final String GLOBAL = "applications/" + APPLICATION_ID + "/commands";
    private static final String GUILD = "applications/" + APPLICATION_ID + "/guilds/" + GUILD_ID + "/commands";

    private FakeDiscord fake;
    private BotRest rest;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
        rest = new BotRest(fake);
    }

    @AfterEach
    void stop() {
        rest.close();
        fake.close();
    }

    private static String slash(String name, String description) {
        return "{\"name\":\"" + name + "\",\"type\":1,\"description\":\"" + description + "\"}";
    }

    private static String option(int type, String name, boolean required) {
        return "{\"type\":" + type + ",\"name\":\"" + name + "\",\"description\":\"d\",\"required\":" + required + "}";
    }

    private static String withOptions(String name, List<String> options) {
        return "{\"name\":\"" + name + "\",\"description\":\"d\",\"options\":[" + String.join(",", options) + "]}";
    }

    private static String errorCodes(JsonNode body) {
        return body.path("errors").toString();
    }

    @Test
    void aBulkOverwriteStoresTheCommandsWithIdsAndAnswersThem() {
        JsonNode answer = rest.json("PUT", GLOBAL, "[" + slash("joke", "Tells a joke") + "," + slash("ping", "Pong")
                + "]");

        assertThat(answer).hasSize(2);
        assertThat(answer.get(0).path("id").asText()).isNotEmpty();
        assertThat(answer.get(0).path("application_id").asText()).isEqualTo(Long.toString(APPLICATION_ID));
        assertThat(answer.get(0).path("version").asText()).isNotEmpty();
        assertThat(fake.registeredCommands(OptionalLong.empty())).extracting(RegisteredCommand::name)
                .containsExactly("joke", "ping");
        assertThat(rest.json("GET", GLOBAL, null)).hasSize(2);
    }

    @Test
    void aBulkOverwriteReplacesTheWholeSetAndKeepsTheIdOfACommandWhoseNameAndTypeStay() {
        JsonNode first = rest.json("PUT", GUILD, "[" + slash("joke", "Tells a joke") + "," + slash("ping", "Pong") + "]");

        JsonNode second = rest.json("PUT", GUILD, "[" + slash("joke", "Tells a better joke") + "]");

        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("id").asText()).isEqualTo(first.get(0).path("id").asText());
        assertThat(second.get(0).path("version").asText()).isNotEqualTo(first.get(0).path("version").asText());
        assertThat(second.get(0).path("guild_id").asText()).isEqualTo(Long.toString(GUILD_ID));
        assertThat(fake.registeredCommands(OptionalLong.of(GUILD_ID))).extracting(RegisteredCommand::description)
                .containsExactly("Tells a better joke");
        assertThat(fake.registeredCommands(OptionalLong.empty())).isEmpty();
    }

    @Test
    void theFieldsABotSetsAreStoredAndEchoed() {
        String body = "[{\"name\":\"purge\",\"description\":\"Deletes messages\",\"default_member_permissions\":\"8192\","
                + "\"contexts\":[0],\"integration_types\":[0],\"nsfw\":true,\"options\":["
                + "{\"type\":7,\"name\":\"where\",\"description\":\"d\",\"required\":true,\"channel_types\":[0]},"
                + "{\"type\":3,\"name\":\"why\",\"description\":\"d\",\"autocomplete\":true},"
                + "{\"type\":4,\"name\":\"count\",\"description\":\"d\",\"choices\":[{\"name\":\"ten\",\"value\":10}]}]}]";

        JsonNode stored = rest.json("PUT", GLOBAL, body).get(0);

        assertThat(stored.path("default_member_permissions").asText()).isEqualTo("8192");
        assertThat(stored.path("contexts").toString()).isEqualTo("[0]");
        assertThat(stored.path("integration_types").toString()).isEqualTo("[0]");
        assertThat(stored.path("nsfw").asBoolean()).isTrue();
        assertThat(stored.path("options").get(0).path("channel_types").toString()).isEqualTo("[0]");
        assertThat(stored.path("options").get(1).path("autocomplete").asBoolean()).isTrue();
        assertThat(stored.path("options").get(2).path("choices").get(0).path("value").asInt()).isEqualTo(10);
    }

    @Test
    void aNameWithCapitalsIsRefusedAsAnInvalidFormBody() {
        HttpResponse<String> answer = rest.call("PUT", GLOBAL, "[" + slash("Joke", "Tells a joke") + "]");

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode body = rest.json("PUT", GLOBAL, "[" + slash("Joke", "Tells a joke") + "]");
        assertThat(body.path("code").asInt()).isEqualTo(50035);
        assertThat(body.path("message").asText()).isEqualTo("Invalid Form Body");
        assertThat(body.path("errors").path("0").path("name").path("_errors").get(0).path("code").asText())
                .isEqualTo("APPLICATION_COMMAND_NAME_LOWERCASE");
        assertThat(fake.registeredCommands(OptionalLong.empty())).isEmpty();
    }

    @Test
    void aNameWithASpaceOrOver32CharactersIsRefused() {
        assertThat(rest.call("POST", GLOBAL, slash("tell joke", "d")).statusCode()).isEqualTo(400);
        assertThat(rest.call("POST", GLOBAL, slash("a".repeat(33), "d")).statusCode()).isEqualTo(400);
        assertThat(rest.call("POST", GLOBAL, slash("witz-ä_१२", "d")).statusCode()).isEqualTo(201);
    }

    @Test
    void aSlashCommandNeedsADescriptionOf1To100Characters() {
        assertThat(rest.call("POST", GLOBAL, slash("joke", "")).statusCode()).isEqualTo(400);
        assertThat(rest.call("POST", GLOBAL, slash("joke", "x".repeat(101))).statusCode()).isEqualTo(400);
        assertThat(rest.call("POST", GLOBAL, slash("joke", "x".repeat(100))).statusCode()).isEqualTo(201);
    }

    @Test
    void moreThan25OptionsAreRefused() {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            options.add(option(3, "o" + i, false));
        }

        JsonNode body = rest.json("POST", GLOBAL, withOptions("many", options));

        assertThat(body.path("code").asInt()).isEqualTo(50035);
        assertThat(errorCodes(body)).contains("BASE_TYPE_MAX_LENGTH");
    }

    @Test
    void moreThan25ChoicesAreRefused() {
        StringBuilder choices = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            choices.append(i == 0 ? "" : ",").append("{\"name\":\"c").append(i).append("\",\"value\":\"c").append(i)
                    .append("\"}");
        }
        String option = "{\"type\":3,\"name\":\"pick\",\"description\":\"d\",\"choices\":[" + choices + "]}";

        JsonNode body = rest.json("POST", GLOBAL, withOptions("choose", List.of(option)));

        assertThat(body.path("code").asInt()).isEqualTo(50035);
        assertThat(body.path("errors").path("options").path("0").path("choices").toString())
                .contains("BASE_TYPE_MAX_LENGTH");
    }

    @Test
    void aRequiredOptionAfterAnOptionalOneIsRefused() {
        JsonNode body = rest.json("POST", GLOBAL, withOptions("remind",
                List.of(option(3, "note", false), option(4, "minutes", true))));

        assertThat(body.path("code").asInt()).isEqualTo(50035);
        assertThat(errorCodes(body)).contains("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID");
    }

    @Test
    void twoOptionsWithOneNameAreRefused() {
        JsonNode body = rest.json("POST", GLOBAL, withOptions("remind",
                List.of(option(3, "note", false), option(3, "note", false))));

        assertThat(errorCodes(body)).contains("APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS");
    }

    @Test
    void twoCommandsWithOneNameInABulkOverwriteAreRefused() {
        JsonNode body = rest.json("PUT", GLOBAL, "[" + slash("joke", "a") + "," + slash("joke", "b") + "]");

        assertThat(errorCodes(body)).contains("APPLICATION_COMMANDS_DUPLICATE_NAME");
    }

    @Test
    void moreThan100SlashCommandsInAScopeAreRefused() {
        List<String> commands = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            commands.add(slash("c" + i, "d"));
        }

        HttpResponse<String> answer = rest.call("PUT", GLOBAL, "[" + String.join(",", commands) + "]");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("APPLICATION_COMMAND_TOO_MANY");
    }

    @Test
    void aSubcommandInsideASubcommandIsRefused() {
        String inner = "{\"type\":1,\"name\":\"inner\",\"description\":\"d\"}";
        String outer = "{\"type\":1,\"name\":\"outer\",\"description\":\"d\",\"options\":[" + inner + "]}";

        JsonNode body = rest.json("POST", GLOBAL, withOptions("nest", List.of(outer)));

        assertThat(errorCodes(body)).contains("APPLICATION_COMMAND_OPTION_TYPE_INVALID");
    }

    @Test
    void subcommandsAndPlainOptionsDoNotMix() {
        String sub = "{\"type\":1,\"name\":\"add\",\"description\":\"d\"}";

        JsonNode body = rest.json("POST", GLOBAL, withOptions("remind", List.of(sub, option(3, "note", false))));

        assertThat(errorCodes(body)).contains("APPLICATION_COMMAND_OPTIONS_TYPE_INVALID");
    }

    @Test
    void aGroupOfSubcommandsIsAccepted() {
        String sub = "{\"type\":1,\"name\":\"add\",\"description\":\"d\",\"options\":[" + option(4, "minutes", true)
                + "]}";
        String group = "{\"type\":2,\"name\":\"timer\",\"description\":\"d\",\"options\":[" + sub + "]}";

        assertThat(rest.call("POST", GLOBAL, withOptions("remind", List.of(group))).statusCode()).isEqualTo(201);
    }

    @Test
    void commandsOfAGuildTheBotIsNotInAreAnUnknownGuild() {
        JsonNode body = rest.json("PUT", "applications/" + APPLICATION_ID + "/guilds/42/commands", "[]");

        assertThat(body.path("code").asInt()).isEqualTo(10004);
        assertThat(rest.call("GET", "applications/" + APPLICATION_ID + "/guilds/42/commands", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anotherApplicationsCommandsAreForbidden() {
        assertThat(rest.call("PUT", "applications/42/commands", "[]").statusCode()).isEqualTo(403);
    }

    @Test
    void createEditAndDeleteWorkOnOneCommandAndEachWriteIsCountedForItsScope() {
        JsonNode created = rest.json("POST", GUILD, slash("joke", "Tells a joke"));
        String id = created.path("id").asText();

        JsonNode edited = rest.json("PATCH", GUILD + "/" + id, "{\"description\":\"Tells two jokes\"}");
        assertThat(edited.path("id").asText()).isEqualTo(id);
        assertThat(rest.json("GET", GUILD + "/" + id, null).path("description").asText()).isEqualTo("Tells two jokes");
        assertThat(rest.call("DELETE", GUILD + "/" + id, null).statusCode()).isEqualTo(204);
        assertThat(rest.json("GET", GUILD + "/" + id, null).path("code").asInt()).isEqualTo(10063);
        rest.call("PUT", GUILD, "[]");

        assertThat(fake.commandWrites(OptionalLong.of(GUILD_ID))).isEqualTo(new CommandWrites(1, 1, 1, 1));
        assertThat(fake.commandWrites(OptionalLong.empty()).total()).isZero();
    }

    @Test
    void aCreateOfAnExistingNameOverwritesItKeepingItsId() {
        String id = rest.json("POST", GLOBAL, slash("joke", "a")).path("id").asText();

        HttpResponse<String> again = rest.call("POST", GLOBAL, slash("joke", "b"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(fake.registeredCommands(OptionalLong.empty())).singleElement()
                .satisfies(c -> assertThat(Long.toString(c.id())).isEqualTo(id))
                .satisfies(c -> assertThat(c.description()).isEqualTo("b"));
    }

    @Test
    void creatingMoreThan200CommandsInADayIs429WithCode30034UntilTheNextDay() {
        for (int round = 0; round < 2; round++) {
            List<String> commands = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                commands.add(slash("r" + round + "c" + i, "d"));
            }
            assertThat(rest.call("PUT", GLOBAL, "[" + String.join(",", commands) + "]").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = rest.call("POST", GUILD, slash("fine", "d"));
        assertThat(refused.statusCode()).as("the limit is per scope").isEqualTo(201);
        rest.call("PUT", GLOBAL, "[]");
        HttpResponse<String> limited = rest.call("POST", GLOBAL, slash("one-more", "d"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("30034");

        fake.advanceTime(java.time.Duration.ofDays(1));
        assertThat(rest.call("POST", GLOBAL, slash("one-more", "d")).statusCode()).isEqualTo(201);
    }
}
