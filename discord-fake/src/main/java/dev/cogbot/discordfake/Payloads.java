package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogbot.discordfake.WorldState.ChannelRef;
import dev.cogbot.discordfake.WorldState.StoredMessage;
import dev.cogbot.discordfake.model.FakeApplication;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeRole;
import dev.cogbot.discordfake.model.FakeTeam;
import dev.cogbot.discordfake.model.FakeUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Discord's JSON shapes for the fake's entities (users, members, roles, channels, guilds, messages,
 * application), as REST answers and gateway dispatches carry them. Shapes follow Discord's API
 * documentation; fields a client may parse without a default are always present.
 */
final class Payloads {

    /** When the bot joined the fake guilds; any fixed instant will do. */
    static final Instant JOINED_AT = FakeMember.DEFAULT_JOINED_AT;
    /** Discord's user flag for a team's pseudo-user. */
    private static final int TEAM_PSEUDO_USER_FLAG = 1 << 10;
    private static final int TEAM_MEMBERSHIP_ACCEPTED = 2;

    private final WorldState world;
    private final FakeDiscordConfig config;
    private final MentionsInContent mentions;

    Payloads(WorldState world) {
        this.world = world;
        this.config = world.config();
        this.mentions = new MentionsInContent(world);
    }

    ObjectNode user(FakeUser user) {
        ObjectNode json = Json.object()
                .put("id", Json.id(user.id()))
                .put("username", user.username())
                .put("discriminator", "0")
                .put("avatar", (String) null)
                .put("public_flags", 0);
        json.put("global_name", user.globalName());
        if (user.bot()) {
            json.put("bot", true);
        }
        return json;
    }

    /** {@code GET users/@me}: the bot with the private fields only its owner sees. */
    ObjectNode selfUser() {
        return user(config.bot())
                .put("verified", true)
                .put("mfa_enabled", false)
                .put("flags", 0)
                .put("locale", "en-US")
                .put("email", (String) null)
                .put("bio", "");
    }

    ObjectNode role(FakeRole role) {
        ObjectNode json = Json.object()
                .put("id", Json.id(role.id()))
                .put("name", role.name())
                .put("color", role.color())
                .put("hoist", false)
                .put("icon", (String) null)
                .put("unicode_emoji", (String) null)
                .put("position", role.position())
                .put("permissions", Long.toUnsignedString(role.permissions()))
                .put("managed", role.managed())
                .put("mentionable", false)
                .put("flags", 0);
        // the newer gradient colours; JDA 6 reads them without a default
        json.putObject("colors")
                .put("primary_color", role.color())
                .putNull("secondary_color")
                .putNull("tertiary_color");
        ObjectNode tags = json.putObject("tags");
        if (role.managed()) {
            tags.put("bot_id", Json.id(config.bot().id()));
        }
        return json;
    }

    /** A guild member; the gateway's message and reaction payloads carry it without the user. */
    ObjectNode member(FakeMember member, boolean withUser) {
        ObjectNode json = Json.object();
        if (withUser) {
            json.set("user", user(world.user(member.userId()).orElseThrow()));
        }
        ArrayNode roles = json.putArray("roles");
        member.roleIds().forEach(id -> roles.add(Json.id(id)));
        json.put("nick", member.nick())
                .put("avatar", (String) null)
                .put("banner", (String) null)
                .put("joined_at", Json.timestamp(member.joinedAt()))
                .put("premium_since", (String) null)
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .put("communication_disabled_until", (String) null);
        return json;
    }

    /** The member object of {@code userId} in the guild {@code guildId}, or {@code null} if not a member. */
    ObjectNode memberOf(long guildId, long userId, boolean withUser) {
        return world.guild(guildId).flatMap(g -> g.member(userId)).map(m -> member(m, withUser)).orElse(null);
    }

    ObjectNode guildChannel(FakeGuild guild, FakeChannel channel) {
        if (channel.isThread()) {
            return thread(guild, channel);
        }
        ObjectNode json = Json.object()
                .put("id", Json.id(channel.id()))
                .put("type", 0)
                .put("guild_id", Json.id(guild.id()))
                .put("name", channel.name())
                .put("position", channel.position())
                .put("topic", channel.topic())
                .put("nsfw", false)
                .put("last_message_id", (String) null)
                .put("rate_limit_per_user", 0)
                .put("parent_id", (String) null)
                .put("flags", 0);
        ArrayNode overwrites = json.putArray("permission_overwrites");
        for (FakeChannel.Overwrite o : channel.overwrites()) {
            overwrites.addObject()
                    .put("id", Json.id(o.id()))
                    .put("type", o.type())
                    .put("allow", Long.toUnsignedString(o.allow()))
                    .put("deny", Long.toUnsignedString(o.deny()));
        }
        return json;
    }

    /** A public thread (type 11), as GUILD_CREATE's {@code threads} and {@code GET channels/{id}} carry it. */
    private ObjectNode thread(FakeGuild guild, FakeChannel thread) {
        ObjectNode json = Json.object()
                .put("id", Json.id(thread.id()))
                .put("type", 11)
                .put("guild_id", Json.id(guild.id()))
                .put("parent_id", Json.id(thread.parentId()))
                .put("owner_id", Json.id(guild.ownerId()))
                .put("name", thread.name())
                .put("last_message_id", (String) null)
                .put("rate_limit_per_user", 0)
                .put("message_count", 0)
                .put("total_message_sent", 0)
                .put("member_count", 1)
                .put("flags", 0);
        json.putObject("thread_metadata")
                .put("archived", false)
                .put("auto_archive_duration", 1440)
                .put("archive_timestamp", Json.timestamp(JOINED_AT))
                .put("locked", false)
                .put("invitable", true)
                .put("create_timestamp", Json.timestamp(JOINED_AT));
        json.putArray("applied_tags");
        return json;
    }

    ObjectNode dmChannel(ChannelRef channel) {
        ObjectNode json = Json.object()
                .put("id", Json.id(channel.id()))
                .put("type", 1)
                .put("last_message_id", (String) null)
                .put("flags", 0);
        json.putArray("recipients").add(user(channel.dmRecipient()));
        return json;
    }

    ObjectNode channel(ChannelRef channel) {
        return channel.isDm() ? dmChannel(channel) : guildChannel(channel.guild(), channel.guildChannel());
    }

    /** The complete guild, as GUILD_CREATE carries it (with members, channels, empty presences...). */
    ObjectNode guildCreate(FakeGuild guild) {
        ObjectNode json = Json.object()
                .put("id", Json.id(guild.id()))
                .put("name", guild.name())
                .put("icon", (String) null)
                .put("splash", (String) null)
                .put("discovery_splash", (String) null)
                .put("banner", (String) null)
                .put("description", (String) null)
                .put("owner_id", Json.id(guild.ownerId()))
                .put("afk_channel_id", (String) null)
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("application_id", (String) null)
                .put("system_channel_id", guild.channels().isEmpty() ? null : Json.id(guild.channels().getFirst().id()))
                .put("system_channel_flags", 0)
                .put("rules_channel_id", (String) null)
                .put("public_updates_channel_id", (String) null)
                .put("safety_alerts_channel_id", (String) null)
                .put("vanity_url_code", (String) null)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("preferred_locale", "en-US")
                .put("max_members", 500_000)
                .put("max_video_channel_users", 25)
                .put("joined_at", Json.timestamp(JOINED_AT))
                .put("large", false)
                .put("lazy", true)
                .put("unavailable", false)
                .put("member_count", guild.members().size());
        ArrayNode roles = json.putArray("roles");
        guild.roles().forEach(r -> roles.add(role(r)));
        ArrayNode channels = json.putArray("channels");
        ArrayNode threads = json.putArray("threads");
        guild.channels().forEach(c -> (c.isThread() ? threads : channels).add(guildChannel(guild, c)));
        ArrayNode members = json.putArray("members");
        guild.members().forEach(m -> members.add(member(m, true)));
        for (String empty : List.of("presences", "voice_states", "emojis", "stickers", "features",
                "stage_instances", "guild_scheduled_events", "soundboard_sounds", "embedded_activities")) {
            json.putArray(empty);
        }
        return json;
    }

    /**
     * A message object. For the gateway it also carries {@code guild_id} and the author's {@code member}
     * (in a guild), as MESSAGE_CREATE does.
     */
    ObjectNode message(StoredMessage stored, boolean forGateway) {
        FakeMessage message = stored.message();
        FakeUser author = world.user(message.authorId()).orElseThrow();
        ObjectNode json = Json.object()
                .put("id", Json.id(message.id()))
                .put("type", stored.origin().type() >= 0 ? stored.origin().type()
                        : message.replyToMessageId() == 0 ? 0 : 19)
                .put("channel_id", Json.id(message.channelId()));
        json.set("author", user(author));
        json.put("content", message.content())
                .put("timestamp", Json.timestamp(message.timestamp()))
                .put("edited_timestamp", message.editedTimestamp() == null ? null
                        : Json.timestamp(message.editedTimestamp()))
                .put("tts", false)
                .put("mention_everyone", mentions.everyone(stored))
                .put("pinned", false)
                .put("flags", stored.origin().flags());
        MessageOrigin origin = stored.origin();
        if (origin.webhookId() != 0) {
            json.put("webhook_id", Json.id(origin.webhookId()))
                    .put("application_id", Json.id(origin.webhookId()));
        }
        if (!origin.interactionMetadataJson().isEmpty()) {
            json.set("interaction_metadata", Json.parseOrMissing(origin.interactionMetadataJson()));
        }
        if (!origin.interactionJson().isEmpty()) {
            json.set("interaction", Json.parseOrMissing(origin.interactionJson()));
        }
        ArrayNode mentionedUsers = json.putArray("mentions");
        for (long userId : mentionedUsers(stored)) {
            world.user(userId).ifPresent(u -> {
                ObjectNode mentioned = user(u);
                if (!message.isDm() && forGateway) {
                    ObjectNode member = memberOf(message.guildId(), userId, false);
                    if (member != null) {
                        mentioned.set("member", member);
                    }
                }
                mentionedUsers.add(mentioned);
            });
        }
        ArrayNode mentionRoles = json.putArray("mention_roles");
        mentions.roles(message).forEach(id -> mentionRoles.add(Json.id(id)));
        json.set("attachments", arrayOrEmpty(stored.attachmentsJson()));
        json.set("embeds", arrayOrEmpty(stored.embedsJson()));
        json.set("components", arrayOrEmpty(stored.componentsJson()));
        Map<String, List<Long>> reactions = world.reactionsOn(message.id());
        if (!reactions.isEmpty()) {
            ArrayNode reactionArray = json.putArray("reactions");
            reactions.forEach((emoji, userIds) -> {
                ObjectNode reaction = reactionArray.addObject()
                        .put("count", userIds.size())
                        .put("me", userIds.contains(config.bot().id()))
                        .put("me_burst", false)
                        .put("burst_count", 0);
                reaction.putObject("count_details").put("normal", userIds.size()).put("burst", 0);
                reaction.set("emoji", emoji(emoji));
                reaction.putArray("burst_colors");
            });
        }
        if (message.replyToMessageId() != 0) {
            json.putObject("message_reference")
                    .put("type", 0)
                    .put("message_id", Json.id(message.replyToMessageId()))
                    .put("channel_id", Json.id(message.channelId()))
                    .put("guild_id", message.isDm() ? null : Json.id(message.guildId()));
            world.message(message.channelId(), message.replyToMessageId())
                    .ifPresentOrElse(referenced -> json.set("referenced_message", message(referenced, false)),
                            () -> json.putNull("referenced_message"));
        }
        if (forGateway && !message.isDm()) {
            json.put("guild_id", Json.id(message.guildId()));
            ObjectNode member = memberOf(message.guildId(), author.id(), false);
            if (member != null) {
                json.set("member", member);
            }
        }
        return json;
    }

    /**
     * The users a message mentions: those named in its content and, for a reply that pings (Discord's
     * default), the author of the message it answers, as Discord lists them.
     */
    List<Long> mentionedUsers(StoredMessage stored) {
        List<Long> users = new java.util.ArrayList<>(mentions.users(stored.message()));
        FakeMessage message = stored.message();
        if (message.replyToMessageId() != 0 && stored.origin().replyPings()) {
            world.message(message.channelId(), message.replyToMessageId())
                    .map(r -> r.message().authorId())
                    .filter(author -> author != message.authorId() && !users.contains(author))
                    .ifPresent(users::add);
        }
        return users;
    }

    /** {@code {"id": null, "name": "👍"}}, or for a custom emoji {@code name:id}, its id and name. */
    static ObjectNode emoji(String emoji) {
        int colon = emoji.lastIndexOf(':');
        if (colon > 0 && emoji.substring(colon + 1).chars().allMatch(Character::isDigit) && colon < emoji.length() - 1) {
            String name = emoji.substring(0, colon);
            if (name.startsWith("a:")) {
                name = name.substring(2);
            }
            return Json.object().put("id", emoji.substring(colon + 1)).put("name", name)
                    .put("animated", emoji.startsWith("a:"));
        }
        return Json.object().putNull("id").put("name", emoji);
    }

    /** {@code GET oauth2/applications/@me}. With a team, {@code owner} is the team's pseudo-user. */
    ObjectNode application() {
        FakeApplication app = config.application();
        ObjectNode json = Json.object()
                .put("id", Json.id(app.id()))
                .put("name", app.name())
                .put("icon", (String) null)
                .put("description", "")
                .put("summary", "")
                .put("type", (String) null)
                .put("bot_public", false)
                .put("bot_require_code_grant", false)
                .put("verify_key", "0".repeat(64))
                .put("flags", app.flags())
                .put("hook", true)
                .put("is_monetized", false)
                .put("approximate_guild_count", config.guilds().size());
        json.set("bot", user(config.bot()));
        json.putArray("redirect_uris");
        json.putArray("tags");
        FakeTeam team = app.team();
        if (team == null) {
            json.set("owner", user(world.user(app.ownerUserId()).orElseThrow(
                    () -> new IllegalStateException("the application owner is not among the users"))));
            json.putNull("team");
        } else {
            json.putObject("owner")
                    .put("id", Json.id(team.id()))
                    .put("username", "team" + Json.id(team.id()))
                    .put("discriminator", "0000")
                    .put("avatar", (String) null)
                    .put("global_name", (String) null)
                    .put("public_flags", TEAM_PSEUDO_USER_FLAG)
                    .put("flags", TEAM_PSEUDO_USER_FLAG);
            ObjectNode teamJson = json.putObject("team")
                    .put("id", Json.id(team.id()))
                    .put("name", team.name())
                    .put("icon", (String) null)
                    .put("owner_user_id", Json.id(team.ownerUserId()));
            ArrayNode members = teamJson.putArray("members");
            for (long userId : team.memberUserIds()) {
                ObjectNode member = members.addObject()
                        .put("membership_state", TEAM_MEMBERSHIP_ACCEPTED)
                        .put("team_id", Json.id(team.id()))
                        .put("role", "admin");
                member.putArray("permissions").add("*");
                member.set("user", user(world.user(userId).orElseThrow(
                        () -> new IllegalStateException("team member " + userId + " is not among the users"))));
            }
        }
        return json;
    }

    private static JsonNode arrayOrEmpty(String json) {
        JsonNode node = Json.parseOrMissing(json);
        return node.isArray() ? node : Json.array();
    }

    /**
     * A message body's {@code embeds} as Discord stores them, as text: each embed a client sends is a
     * {@code rich} one unless it says otherwise (clients such as JDA need the {@code type}).
     */
    static String embedsText(JsonNode body) {
        JsonNode embeds = body.path("embeds");
        ArrayNode stored = Json.array();
        if (embeds.isArray()) {
            for (JsonNode embed : embeds) {
                if (embed.isObject()) {
                    ObjectNode copy = ((ObjectNode) embed).deepCopy();
                    if (!copy.hasNonNull("type")) {
                        copy.put("type", "rich");
                    }
                    stored.add(copy);
                }
            }
        }
        return Json.write(stored);
    }

    /** Reads a message body's array field back to text for storing; {@code "[]"} when absent. */
    static String arrayText(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isArray() ? Json.write(node) : "[]";
    }
}
