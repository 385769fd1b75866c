package dev.cogbot.api;

import java.util.Objects;

/**
 * A role in a server: a named set of members, mentioned as {@code <@&id>}.
 *
 * <pre>{@code
 * boolean moderator = member.roles().stream().anyMatch(r -> r.name().equals("Moderator"));
 * ctx.send("Paging " + role.mention(), AllowedMentions.users().withRoles(role.id()));
 * }</pre>
 *
 * @param id   stable identifier on the transport (a Discord snowflake)
 * @param name the role's name, e.g. {@code "Moderator"}; names need not be unique in a server
 */
public record Role(String id, String name) {

    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** The text that mentions the role in a message: {@code <@&id>}. */
    public String mention() {
        return "<@&" + id + ">";
    }
}
