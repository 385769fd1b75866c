package dev.cogbot.runtime.cluster;

import dev.cogbot.api.Cancellable;
import java.util.function.Consumer;

/**
 * Whether this process runs the work of which a cluster needs exactly one: slash-command sync and
 * the loops plugins mark as cluster-wide. A process on its own is {@link #ALONE}; a cluster node
 * asks its {@link Leadership}.
 *
 * <pre>{@code
 * Cancellable watch = leader.onChange(change -> switch (change) {
 *     case LeadershipChange.BecameLeader became -> sync.onReady();
 *     case LeadershipChange.LostLeadership lost -> log.info("not leading any more: {}", lost.reason());
 * });
 * if (leader.isLeader()) { ... }
 * }</pre>
 */
public interface Leader {

    /** A process that is not part of a cluster: it leads itself, always. */
    Leader ALONE = new Leader() {
        @Override
        public boolean isLeader() {
            return true;
        }

        @Override
        public boolean inCluster() {
            return false;
        }

        @Override
        public Cancellable onChange(Consumer<LeadershipChange> listener) {
            return Cancellables.DONE;
        }
    };

    /** Whether this process leads now. */
    boolean isLeader();

    /** Whether this process is a node of a cluster, rather than on its own. */
    boolean inCluster();

    /**
     * Calls {@code listener} on each change from now on, on the cluster's own thread (keep it quick:
     * start work elsewhere); cancel the result to stop.
     */
    Cancellable onChange(Consumer<LeadershipChange> listener);
}
