package dev.cogbot.discordfake.model;

import java.util.List;
import java.util.Objects;

/**
 * A developer team owning the application. When an application belongs to a team, Discord reports a
 * pseudo-user for the team as the application's {@code owner}; the people are the team's members.
 *
 * @param id            snowflake id of the team (also the id of the pseudo-user)
 * @param name          team name
 * @param ownerUserId   the member who owns the team
 * @param memberUserIds every member, the owner included (all of them have accepted the invitation)
 */
public record FakeTeam(long id, String name, long ownerUserId, List<Long> memberUserIds) {

    public FakeTeam {
        Objects.requireNonNull(name, "name");
        memberUserIds = List.copyOf(memberUserIds);
        if (!memberUserIds.contains(ownerUserId)) {
            throw new IllegalArgumentException("the team owner must be one of its members");
        }
    }
}
