package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogbot.discordfake.WorldState.ChannelRef;
import dev.cogbot.discordfake.WorldState.StoredMessage;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import java.time.Instant;
import java.util.List;

/** The {@code d} of each gateway dispatch the fake sends, built from {@link Payloads}. */
final class Dispatches {

    static final String TRACE = "cogbot-discord-fake";

    private final WorldState world;
    private final Payloads payloads;

    Dispatches(WorldState world, Payloads payloads) {
        this.world = world;
        this.payloads = payloads;
    }

    /**
     * READY: the session's guilds are listed as unavailable; a GUILD_CREATE for each follows.
     *
     * @param shard  the IDENTIFY's {@code shard} array, echoed back, or a missing node
     * @param guilds the guilds of the session's shard
     */
    ObjectNode ready(String sessionId, String resumeGatewayUrl, JsonNode shard, List<FakeGuild> guilds) {
        FakeDiscordConfig config = world.config();
        ObjectNode d = Json.object().put("v", 10);
        d.set("user", payloads.selfUser());
        ArrayNode unavailable = d.putArray("guilds");
        for (FakeGuild guild : guilds) {
            unavailable.addObject()
                    .put("id", Json.id(guild.id()))
                    .put("unavailable", true);
        }
        d.put("session_id", sessionId)
                .put("session_type", "normal")
                .put("resume_gateway_url", resumeGatewayUrl);
        d.putObject("application")
                .put("id", Json.id(config.application().id()))
                .put("flags", config.application().flags());
        d.putArray("private_channels");
        d.putArray("relationships");
        d.putArray("presences");
        d.putArray("guild_join_requests");
        d.putArray("geo_ordered_rtc_regions");
        d.putObject("user_settings");
        if (shard.isArray()) {
            d.set("shard", shard.deepCopy());
        }
        d.putArray("_trace").add(TRACE);
        return d;
    }

    ObjectNode guildCreate(FakeGuild guild) {
        return payloads.guildCreate(guild);
    }

    ObjectNode resumed() {
        ObjectNode d = Json.object();
        d.putArray("_trace").add(TRACE);
        return d;
    }

    ObjectNode messageCreate(StoredMessage message) {
        return payloads.message(message, true);
    }

    ObjectNode messageUpdate(StoredMessage message) {
        return payloads.message(message, true);
    }

    ObjectNode messageDelete(FakeMessage message) {
        ObjectNode d = Json.object()
                .put("id", Json.id(message.id()))
                .put("channel_id", Json.id(message.channelId()));
        if (!message.isDm()) {
            d.put("guild_id", Json.id(message.guildId()));
        }
        return d;
    }

    ObjectNode reaction(ChannelRef channel, long messageId, long messageAuthorId, String emoji, long userId,
            boolean added) {
        ObjectNode d = Json.object()
                .put("user_id", Json.id(userId))
                .put("channel_id", Json.id(channel.id()))
                .put("message_id", Json.id(messageId))
                .put("burst", false)
                .put("type", 0);
        if (added) {
            d.put("message_author_id", Json.id(messageAuthorId));
            d.putArray("burst_colors");
        }
        d.set("emoji", Payloads.emoji(emoji));
        if (!channel.isDm()) {
            d.put("guild_id", Json.id(channel.guildId()));
            if (added) {
                ObjectNode member = payloads.memberOf(channel.guildId(), userId, true);
                if (member != null) {
                    d.set("member", member);
                }
            }
        }
        return d;
    }

    ObjectNode typingStart(ChannelRef channel, long userId, Instant at) {
        ObjectNode d = Json.object()
                .put("channel_id", Json.id(channel.id()))
                .put("user_id", Json.id(userId))
                .put("timestamp", at.getEpochSecond());
        if (!channel.isDm()) {
            d.put("guild_id", Json.id(channel.guildId()));
            ObjectNode member = payloads.memberOf(channel.guildId(), userId, true);
            if (member != null) {
                d.set("member", member);
            }
        }
        return d;
    }

    /** GUILD_MEMBERS_CHUNK answering op 8: all asked-for members of {@code guild} in one chunk. */
    ObjectNode membersChunk(FakeGuild guild, List<FakeMember> members, List<String> notFound, String nonce) {
        ObjectNode d = Json.object()
                .put("guild_id", Json.id(guild.id()))
                .put("chunk_index", 0)
                .put("chunk_count", 1);
        ArrayNode array = d.putArray("members");
        members.forEach(m -> array.add(payloads.member(m, true)));
        ArrayNode missing = d.putArray("not_found");
        notFound.forEach(missing::add);
        if (nonce != null) {
            d.put("nonce", nonce);
        }
        return d;
    }

    /** GUILD_MEMBER_ADD: the member object with its user, and the guild's id. */
    ObjectNode memberAdd(long guildId, FakeMember member) {
        return payloads.member(member, true).put("guild_id", Json.id(guildId));
    }

    /** GUILD_MEMBER_REMOVE: the guild's id and the user who left. */
    ObjectNode memberRemove(long guildId, long userId) {
        ObjectNode d = Json.object().put("guild_id", Json.id(guildId));
        d.set("user", payloads.user(world.user(userId).orElseThrow()));
        return d;
    }

    /** GUILD_DELETE for a guild the bot was removed from: without {@code unavailable}, which would mean an outage. */
    ObjectNode guildDelete(long guildId) {
        return Json.object().put("id", Json.id(guildId));
    }
}
