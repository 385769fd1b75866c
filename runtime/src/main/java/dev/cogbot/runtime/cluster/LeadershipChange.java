package dev.cogbot.runtime.cluster;

/** This node became the cluster's leader, or stopped being it. */
public sealed interface LeadershipChange {

    /** This node leads from now on: it runs the cluster's one-per-cluster work. */
    record BecameLeader() implements LeadershipChange {
    }

    /**
     * This node no longer leads; another may already. Its one-per-cluster work stops at once.
     *
     * @param reason why, in a few words: e.g. its database connection was lost, or it is stopping
     */
    record LostLeadership(String reason) implements LeadershipChange {
    }
}
