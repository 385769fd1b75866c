package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;

/**
 * An application command as the fake stores it after a registration, what {@code GET .../commands} answers.
 *
 * <pre>{@code
 * assertThat(discord.registeredCommands(OptionalLong.empty()))
 *         .extracting(RegisteredCommand::name).containsExactly("remind", "joke");
 * }</pre>
 *
 * @param id          the command's id, kept across a bulk overwrite while its name and type stay
 * @param guildId     the guild of a guild command; empty for a global one
 * @param type        1 CHAT_INPUT (slash), 2 USER, 3 MESSAGE
 * @param name        its name
 * @param description its description ({@code ""} for USER and MESSAGE commands)
 * @param version     changes whenever the command is written with a change
 * @param json        the whole command object as the fake answers it, as text
 */
public record RegisteredCommand(long id, OptionalLong guildId, int type, String name, String description,
        long version, String json) {

    /** {@link #json} parsed. */
    public JsonNode payload() {
        return Json.parseOrMissing(json);
    }

    /** The command's top-level {@code options}, an empty array without. */
    public JsonNode options() {
        JsonNode options = payload().path("options");
        return options.isArray() ? options : Json.array();
    }
}
