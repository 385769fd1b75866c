package dev.cogbot.e2e.cli;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;

import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.Shard;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeRole;
import dev.cogbot.discordfake.model.Permissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A Discord world with one guild per shard: guild {@code k} is on shard {@code k} of {@code shards},
 * by Discord's rule ({@code (guild_id >> 22) % shards}), and has one text channel, {@code #chat-k}.
 * In each, {@code alice} (the application's owner) is a Moderator and {@code bob} a plain member.
 * {@code GET gateway/bot} recommends {@code shards} shards and as many logins at once
 * ({@code max_concurrency}), and the gateway refuses an IDENTIFY that breaks Discord's rate limit.
 */
record GuildPerShard(int shards) {

    /** The id of the guild on shard {@code shard}: a snowflake some milliseconds younger than the default guild's. */
    long guild(int shard) {
        int first = Shard.forGuild(GUILD_ID, shards);
        return GUILD_ID + ((long) Math.floorMod(shard - first, shards) << 22);
    }

    /** The id of {@code #chat-k}, the text channel of the guild on shard {@code shard}. */
    long channel(int shard) {
        return guild(shard) + 1;
    }

    FakeDiscordConfig config() {
        List<FakeGuild> guilds = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            long id = guild(shard);
            long moderator = id + 10;
            long botRole = id + 11;
            guilds.add(new FakeGuild(id, "Guild of shard " + shard, ALICE_ID,
                    List.of(FakeRole.of(id, "@everyone", Permissions.EVERYONE_DEFAULT, 0),
                            FakeRole.of(moderator, "Moderator", Permissions.MODERATOR, 1),
                            new FakeRole(botRole, "cogbot", Permissions.MODERATOR, 2, 0, true)),
                    List.of(FakeChannel.text(channel(shard), "chat-" + shard, 0)),
                    List.of(FakeMember.of(BOT_ID, botRole), FakeMember.of(ALICE_ID, moderator), FakeMember.of(BOB_ID))));
        }
        return FakeDiscordConfig.builder().guilds(guilds).recommendedShards(shards).maxConcurrency(shards)
                .identifyRateLimit(true).build();
    }
}
