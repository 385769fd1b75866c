package dev.cogbot.discordfake;

/**
 * How many writes one scope's commands (global, or one guild's) received over REST, answered with success
 * or not. Discord limits command creates to 200 a day per scope, so a bot should bulk-overwrite only when
 * its commands changed.
 *
 * <pre>{@code
 * assertThat(discord.commandWrites(OptionalLong.of(GUILD_ID)).total()).isEqualTo(1);
 * }</pre>
 *
 * @param bulkOverwrites {@code PUT .../commands}
 * @param creates        {@code POST .../commands}
 * @param edits          {@code PATCH .../commands/{id}}
 * @param deletes        {@code DELETE .../commands/{id}}
 */
public record CommandWrites(int bulkOverwrites, int creates, int edits, int deletes) {

    static final CommandWrites NONE = new CommandWrites(0, 0, 0, 0);

    public int total() {
        return bulkOverwrites + creates + edits + deletes;
    }

    CommandWrites plus(String method) {
        return switch (method) {
            case "PUT" -> new CommandWrites(bulkOverwrites + 1, creates, edits, deletes);
            case "POST" -> new CommandWrites(bulkOverwrites, creates + 1, edits, deletes);
            case "PATCH" -> new CommandWrites(bulkOverwrites, creates, edits + 1, deletes);
            case "DELETE" -> new CommandWrites(bulkOverwrites, creates, edits, deletes + 1);
            default -> this;
        };
    }
}
