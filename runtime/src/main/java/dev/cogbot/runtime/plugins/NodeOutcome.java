package dev.cogbot.runtime.plugins;

import java.time.Duration;

/**
 * What one node of a cluster made of a plugin operation asked on any node: its
 * {@link PluginOutcome}, or that it did not answer in time.
 *
 * <pre>{@code
 * String line = switch (node) {
 *     case NodeOutcome.Answered answered -> answered.nodeId() + ": " + answered.outcome().line();
 *     case NodeOutcome.Silent silent -> silent.line();
 *     case NodeOutcome.NotAsked notAsked -> notAsked.line();
 * };
 * }</pre>
 */
public sealed interface NodeOutcome {

    String nodeId();

    /** One line for a person, starting with the node, e.g. {@code node cogbot-2: unloaded jokes}. */
    String line();

    /** The node applied the operation, or refused it, and said so. */
    record Answered(String nodeId, PluginOutcome outcome) implements NodeOutcome {
        @Override
        public String line() {
            return "node " + nodeId + ": " + outcome.line();
        }
    }

    /**
     * The node was live but did not answer within {@code waited}: it was busy, or it missed the
     * broadcast. It applies the cluster's wanted state at its next heartbeat, or when it rejoins.
     */
    record Silent(String nodeId, Duration waited) implements NodeOutcome {
        @Override
        public String line() {
            return "node " + nodeId + ": did not answer within " + waited.toSeconds()
                    + "s; it applies the wanted state when it next heartbeats or rejoins";
        }
    }

    /**
     * The other nodes could not be asked, as the cluster's database did not answer: the operation
     * was done (or refused) on the asking node only.
     */
    record NotAsked(PluginProblem problem) implements NodeOutcome {
        @Override
        public String nodeId() {
            return "the other nodes";
        }

        @Override
        public String line() {
            return "the other nodes: not asked: " + problem.message();
        }
    }
}
