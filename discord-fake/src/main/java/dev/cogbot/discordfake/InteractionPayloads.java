package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogbot.discordfake.WorldState.ChannelRef;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeRole;
import dev.cogbot.discordfake.model.FakeUser;
import dev.cogbot.discordfake.model.Permissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code d} of INTERACTION_CREATE as Discord's "Receiving and Responding" documentation describes it,
 * and the {@code data} of a command interaction built from a registered command and typed option values.
 */
final class InteractionPayloads {

    /** What the bot may do in a DM: Discord reports a fixed set there. */
    private static final long DM_APP_PERMISSIONS = Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES
            | Permissions.EMBED_LINKS | Permissions.ATTACH_FILES | Permissions.READ_MESSAGE_HISTORY
            | Permissions.ADD_REACTIONS | Permissions.USE_EXTERNAL_EMOJIS;

    private final WorldState world;
    private final Payloads payloads;

    InteractionPayloads(WorldState world, Payloads payloads) {
        this.world = world;
        this.payloads = payloads;
    }

    /** The envelope every interaction has: who, where, token, version, permissions, context. */
    ObjectNode envelope(long id, String token, int type, ChannelRef channel, long userId, ObjectNode data) {
        FakeDiscordConfig config = world.config();
        FakeUser user = world.user(userId).orElseThrow();
        ObjectNode d = Json.object()
                .put("id", Json.id(id))
                .put("application_id", Json.id(config.application().id()))
                .put("type", type);
        d.set("data", data);
        ObjectNode channelJson = payloads.channel(channel);
        ObjectNode owners = d.putObject("authorizing_integration_owners");
        if (channel.isDm()) {
            d.set("user", payloads.user(user));
            owners.put("0", "0");
            d.put("context", 1);
            d.put("app_permissions", Long.toUnsignedString(DM_APP_PERMISSIONS));
        } else {
            FakeGuild guild = channel.guild();
            long permissions = ChannelPermissions.inChannel(guild, channel.guildChannel(), userId);
            channelJson.put("permissions", Long.toUnsignedString(permissions));
            d.put("guild_id", Json.id(guild.id()));
            d.putObject("guild").put("id", Json.id(guild.id())).put("locale", "en-US").putArray("features");
            d.put("guild_locale", "en-US");
            ObjectNode member = payloads.memberOf(guild.id(), userId, true);
            member.put("permissions", Long.toUnsignedString(permissions));
            d.set("member", member);
            owners.put("0", Json.id(guild.id()));
            d.put("context", 0);
            d.put("app_permissions", Long.toUnsignedString(
                    ChannelPermissions.inChannel(guild, channel.guildChannel(), config.bot().id())));
        }
        d.set("channel", channelJson);
        d.put("channel_id", Json.id(channel.id()))
                .put("token", token)
                .put("version", 1)
                .put("locale", "en-US")
                .put("attachment_size_limit", 10 * 1024 * 1024);
        d.putArray("entitlements");
        return d;
    }

    /**
     * The {@code data} of a slash command or an autocomplete: the command, its group and subcommand as
     * nested options, the values typed as the registration says, and {@code resolved} users, members,
     * roles and channels (not for autocomplete, as on Discord).
     *
     * @param words   the command's name, then its group and/or subcommand
     * @param focused the option being typed for an autocomplete, else {@code null}
     * @throws IllegalArgumentException when the words or options do not fit the registered command
     */
    ObjectNode commandData(JsonNode command, List<String> words, Map<String, ?> values, ChannelRef channel,
            String focused) {
        ObjectNode data = Json.object()
                .put("id", command.path("id").asText())
                .put("name", command.path("name").asText())
                .put("type", command.path("type").asInt(1));
        if (command.hasNonNull("guild_id")) {
            data.put("guild_id", command.path("guild_id").asText());
        }
        ObjectNode resolved = Json.object();
        JsonNode definitions = command.path("options");
        ArrayNode options = data.putArray("options");
        ArrayNode target = options;
        String where = "/" + command.path("name").asText();
        for (String word : words.subList(1, words.size())) {
            JsonNode nested = option(definitions, word).filter(o -> o.path("type").asInt() <= 2)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "the command " + String.join(" ", words) + " has no subcommand or group " + word));
            ObjectNode level = target.addObject().put("name", word).put("type", nested.path("type").asInt());
            target = level.putArray("options");
            definitions = nested.path("options");
            where += " " + word;
        }
        for (JsonNode definition : definitions) {
            if (definition.path("type").asInt() <= 2) {
                throw new IllegalArgumentException(where + " needs a subcommand: one of its words is missing");
            }
        }
        for (String name : values.keySet()) {
            if (option(definitions, name).isEmpty()) {
                throw new IllegalArgumentException(where + " has no option " + name);
            }
        }
        for (JsonNode definition : definitions) {
            String name = definition.path("name").asText();
            Object value = values.get(name);
            if (value == null) {
                if (definition.path("required").asBoolean(false) && focused == null) {
                    throw new IllegalArgumentException(where + " needs its required option " + name);
                }
                continue;
            }
            ObjectNode option = target.addObject().put("name", name).put("type", definition.path("type").asInt());
            if (name.equals(focused)) {
                option.put("value", value.toString()).put("focused", true);
                continue;
            }
            putValue(option, definition, value, channel, focused == null ? resolved : Json.object(), where);
        }
        if (focused != null && option(definitions, focused).isEmpty()) {
            throw new IllegalArgumentException(where + " has no option " + focused + " to autocomplete");
        }
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return data;
    }

    private void putValue(ObjectNode option, JsonNode definition, Object value, ChannelRef channel,
            ObjectNode resolved, String where) {
        String name = definition.path("name").asText();
        int type = definition.path("type").asInt();
        String wrong = where + "'s option " + name + " ";
        switch (type) {
            case CommandValidator.STRING -> {
                if (!(value instanceof CharSequence)) {
                    throw new IllegalArgumentException(wrong + "is a string, not " + value);
                }
                option.put("value", value.toString());
            }
            case CommandValidator.INTEGER -> {
                if (!(value instanceof Integer || value instanceof Long)) {
                    throw new IllegalArgumentException(wrong + "is an integer (int or long), not " + value);
                }
                option.put("value", ((Number) value).longValue());
            }
            case CommandValidator.NUMBER -> {
                if (!(value instanceof Number number)) {
                    throw new IllegalArgumentException(wrong + "is a number, not " + value);
                }
                option.put("value", number.doubleValue());
            }
            case CommandValidator.BOOLEAN -> {
                if (!(value instanceof Boolean bool)) {
                    throw new IllegalArgumentException(wrong + "is a boolean, not " + value);
                }
                option.put("value", bool);
            }
            case CommandValidator.USER_OPTION -> option.put("value", Json.id(resolveUser(id(value, wrong), channel,
                    resolved, wrong)));
            case CommandValidator.ROLE -> option.put("value", Json.id(resolveRole(id(value, wrong), channel,
                    resolved, wrong)));
            case CommandValidator.CHANNEL -> option.put("value", Json.id(resolveChannel(id(value, wrong),
                    definition, channel, resolved, wrong)));
            case CommandValidator.MENTIONABLE -> {
                long id = id(value, wrong);
                boolean role = !channel.isDm() && channel.guild().roles().stream().anyMatch(r -> r.id() == id);
                option.put("value", Json.id(role ? resolveRole(id, channel, resolved, wrong)
                        : resolveUser(id, channel, resolved, wrong)));
            }
            default -> throw new IllegalArgumentException(wrong + "has type " + type
                    + ", which the fake cannot fill (attachments are not supported)");
        }
        checkChoice(definition, option.get("value"), wrong);
    }

    private static void checkChoice(JsonNode definition, JsonNode value, String wrong) {
        JsonNode choices = definition.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            return;
        }
        for (JsonNode choice : choices) {
            if (choice.path("value").asText().equals(value.asText())) {
                return;
            }
        }
        throw new IllegalArgumentException(wrong + "must be one of its choices, not " + value.asText());
    }

    private static long id(Object value, String wrong) {
        return switch (value) {
            case Long l -> l;
            case FakeUser u -> u.id();
            case FakeRole r -> r.id();
            case FakeChannel c -> c.id();
            default -> throw new IllegalArgumentException(wrong + "takes an id (a long), not " + value);
        };
    }

    private long resolveUser(long userId, ChannelRef channel, ObjectNode resolved, String wrong) {
        FakeUser user = world.user(userId).orElseThrow(() -> new IllegalArgumentException(wrong + "names no user "
                + userId));
        child(resolved, "users").set(Json.id(userId), payloads.user(user));
        if (!channel.isDm()) {
            ObjectNode member = payloads.memberOf(channel.guildId(), userId, false);
            if (member != null) {
                member.put("permissions", Long.toUnsignedString(
                        ChannelPermissions.inChannel(channel.guild(), channel.guildChannel(), userId)));
                child(resolved, "members").set(Json.id(userId), member);
            }
        }
        return userId;
    }

    private long resolveRole(long roleId, ChannelRef channel, ObjectNode resolved, String wrong) {
        Optional<FakeRole> role = channel.isDm() ? Optional.empty()
                : channel.guild().roles().stream().filter(r -> r.id() == roleId).findFirst();
        child(resolved, "roles").set(Json.id(roleId), payloads.role(role.orElseThrow(
                () -> new IllegalArgumentException(wrong + "names no role " + roleId + " of this guild"))));
        return roleId;
    }

    private long resolveChannel(long channelId, JsonNode definition, ChannelRef where, ObjectNode resolved,
            String wrong) {
        if (where.isDm()) {
            throw new IllegalArgumentException(wrong + "names a channel, which the fake offers only in a guild");
        }
        FakeChannel channel = where.guild().channel(channelId).orElseThrow(
                () -> new IllegalArgumentException(wrong + "names no channel " + channelId + " of this guild"));
        int type = channel.isThread() ? 11 : 0;
        JsonNode allowed = definition.path("channel_types");
        if (allowed.isArray() && !allowed.isEmpty()) {
            List<Integer> types = new ArrayList<>();
            allowed.forEach(t -> types.add(t.asInt()));
            if (!types.contains(type)) {
                throw new IllegalArgumentException(wrong + "takes channels of types " + types + ", not " + type);
            }
        }
        ObjectNode json = payloads.guildChannel(where.guild(), channel);
        json.put("permissions", Long.toUnsignedString(ChannelPermissions.inChannel(where.guild(), channel,
                world.config().bot().id())));
        child(resolved, "channels").set(Json.id(channelId), json);
        return channelId;
    }

    private static Optional<JsonNode> option(JsonNode definitions, String name) {
        for (JsonNode definition : definitions) {
            if (definition.path("name").asText().equals(name)) {
                return Optional.of(definition);
            }
        }
        return Optional.empty();
    }

    /** The {@code data} of a component interaction; a select's values must be among its options. */
    static ObjectNode componentData(JsonNode component, List<String> values) {
        int type = component.path("type").asInt();
        ObjectNode data = Json.object()
                .put("custom_id", component.path("custom_id").asText())
                .put("component_type", type);
        if (type == Components.BUTTON) {
            if (values != null) {
                throw new IllegalArgumentException("a button is clicked, not given values");
            }
            if (component.path("disabled").asBoolean(false)) {
                throw new IllegalArgumentException("the button " + component.path("custom_id").asText()
                        + " is disabled");
            }
            return data;
        }
        if (values == null) {
            throw new IllegalArgumentException("a select menu is given values, not clicked");
        }
        int min = component.path("min_values").asInt(1);
        int max = component.path("max_values").asInt(1);
        if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException("the select menu " + component.path("custom_id").asText() + " takes "
                    + min + " to " + max + " values, not " + values.size());
        }
        if (type == Components.STRING_SELECT) {
            List<String> offered = new ArrayList<>();
            component.path("options").forEach(o -> offered.add(o.path("value").asText()));
            for (String value : values) {
                if (!offered.contains(value)) {
                    throw new IllegalArgumentException("the select menu " + component.path("custom_id").asText()
                            + " offers " + offered + ", not " + value);
                }
            }
        }
        ArrayNode array = data.putArray("values");
        values.forEach(array::add);
        return data;
    }

    /** {@code interaction_metadata} for a message answering the interaction. */
    ObjectNode metadata(Interaction interaction, long originalResponseId) {
        ObjectNode json = Json.object()
                .put("id", Json.id(interaction.id))
                .put("type", interaction.type);
        json.set("user", payloads.user(world.user(interaction.userId).orElseThrow()));
        json.putObject("authorizing_integration_owners").put("0",
                interaction.channel.isDm() ? "0" : Json.id(interaction.channel.guildId()));
        if (interaction.type == Interaction.APPLICATION_COMMAND) {
            json.put("name", interaction.name);
        }
        if (originalResponseId != 0) {
            json.put("original_response_message_id", Json.id(originalResponseId));
        }
        if (interaction.componentMessageId != 0) {
            json.put("interacted_message_id", Json.id(interaction.componentMessageId));
        }
        return json;
    }

    /** The older {@code interaction} object of a response message (Discord still sends it). */
    ObjectNode legacy(Interaction interaction) {
        ObjectNode json = Json.object()
                .put("id", Json.id(interaction.id))
                .put("type", interaction.type)
                .put("name", interaction.name);
        json.set("user", payloads.user(world.user(interaction.userId).orElseThrow()));
        return json;
    }

    private static ObjectNode child(ObjectNode parent, String field) {
        return parent.has(field) ? (ObjectNode) parent.get(field) : parent.putObject(field);
    }
}
