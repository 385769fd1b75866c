package dev.cogbot.runtime.transport.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Member;

/**
 * The members an interaction brought along (its user, the members its options name), which JDA's
 * light cache does not keep: the command that serves the interaction looks them up by id right
 * after, and finds them here instead of asking Discord. Kept a minute, long enough for that and
 * short enough that a later command does not see roles changed since; the oldest go first past
 * {@link #CAPACITY}.
 */
final class RecentMembers {

    static final int CAPACITY = 10_000;
    private static final long KEPT_NANOS = TimeUnit.MINUTES.toNanos(1);

    private record Seen(Member member, long at) {
    }

    private final Map<String, Seen> members = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void remember(Member member) {
        String key = key(member.getGuild().getId(), member.getId());
        members.remove(key); // to the young end
        members.put(key, new Seen(member, System.nanoTime()));
    }

    synchronized Optional<Member> get(String guildId, String userId) {
        Seen seen = members.get(key(guildId, userId));
        if (seen == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - seen.at() > KEPT_NANOS) {
            members.remove(key(guildId, userId));
            return Optional.empty();
        }
        return Optional.of(seen.member());
    }

    private static String key(String guildId, String userId) {
        return guildId + ":" + userId;
    }
}
