package dev.cogbot.runtime.plugins;

import java.util.List;
import java.util.stream.Stream;

/**
 * How a {@link PluginAdmin} operation ended: done (loaded, reloaded, unloaded) or refused with
 * the {@link PluginProblem} that says why. Handle it with a pattern-matching {@code switch}:
 *
 * <pre>{@code
 * int exitCode = switch (outcome) {
 *     case PluginOutcome.Refused refused -> 11;
 *     case PluginOutcome.Done done -> 0;
 *     case PluginOutcome.AcrossCluster nodes -> nodes.refusals().isEmpty() ? 0 : 11;
 * };
 * }</pre>
 */
public sealed interface PluginOutcome {

    /** One line for a person, e.g. {@code loaded jokes 0.1.0 (commands: knock_knock)}. */
    String line();

    /** The operation happened; {@link #line()} says what it did. */
    sealed interface Done extends PluginOutcome {
    }

    /** Loaded and started. */
    record Loaded(String line) implements Done {
    }

    /** Replaced by what the folder holds now. */
    record Reloaded(String line) implements Done {
    }

    /** Unloaded, with its dependants if asked; the line says what had to be forced. */
    record Unloaded(String line) implements Done {
    }

    /** Not done: nothing changed, or the old version is back in service. */
    record Refused(PluginProblem problem) implements PluginOutcome {
        @Override
        public String line() {
            return problem.message();
        }
    }

    /**
     * Asked of a whole cluster: what each node made of it, the asking node first. {@link #line()}
     * joins the nodes' lines; a door shows {@link #lines()}, one per node.
     */
    record AcrossCluster(List<NodeOutcome> nodes) implements PluginOutcome {

        public AcrossCluster {
            nodes = List.copyOf(nodes);
        }

        @Override
        public String line() {
            return String.join("; ", lines());
        }

        /** One line per node, e.g. {@code node cogbot-2: reloaded jokes 0.1.0 -> 0.1.1}. */
        public List<String> lines() {
            return nodes.stream().map(NodeOutcome::line).toList();
        }

        /** What the nodes that refused said, in node order, and why the others were not asked; empty when all went well. */
        public List<PluginProblem> refusals() {
            return nodes.stream().flatMap(node -> switch (node) {
                case NodeOutcome.Answered answered when answered.outcome() instanceof Refused refused ->
                        Stream.of(refused.problem());
                case NodeOutcome.NotAsked notAsked -> Stream.of(notAsked.problem());
                default -> Stream.<PluginProblem>empty();
            }).toList();
        }
    }
}
