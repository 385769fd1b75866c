package dev.cogbot.runtime.cluster;

import dev.cogbot.runtime.text.TextTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * The cluster's nodes as a table of text, one node a line, the leader marked with {@code *}:
 *
 * <pre>
 * NODE       HOST    VERSION  SHARDS  PLUGINS  HEARTBEAT
 * cogbot-0 * host-a  0.1.0    0-2     4        2s ago
 * cogbot-1   host-b  0.1.0    3-5     4        gone, 41s ago
 * </pre>
 */
public final class NodeListing {

    private NodeListing() {
    }

    /** The lines of the table, headings first, ages as of {@code now}; one line saying so when there are no nodes. */
    public static List<String> lines(List<ListedNode> nodes, Instant now) {
        if (nodes.isEmpty()) {
            return List.of("no nodes: no cogbot process with cluster.enabled=true is running on this database");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NODE", "HOST", "VERSION", "SHARDS", "PLUGINS", "HEARTBEAT"});
        for (ListedNode node : nodes) {
            String age = age(node.heartbeatAge(now)) + " ago";
            rows.add(new String[] {
                    node.nodeId() + (node.leader() ? " *" : ""),
                    node.info().host(),
                    node.info().version(),
                    shards(node.info().shards()),
                    String.valueOf(node.info().plugins().size()),
                    node.gone() ? "gone, " + age : age});
        }
        List<String> lines = new ArrayList<>(TextTable.aligned(rows));
        if (nodes.stream().anyMatch(ListedNode::leader)) {
            lines.add("* leader: syncs the slash commands and runs the cluster-wide loops");
        }
        return lines;
    }

    /** Shards as ranges: {@code 0-2,5}; {@code -} for none. */
    static String shards(SortedSet<Integer> shards) {
        if (shards.isEmpty()) {
            return "-";
        }
        List<String> ranges = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int shard : shards) {
            if (last != null && shard == last + 1) {
                last = shard;
                continue;
            }
            if (first != null) {
                ranges.add(range(first, last));
            }
            first = shard;
            last = shard;
        }
        ranges.add(range(first, last));
        return String.join(",", ranges);
    }

    private static String range(int first, int last) {
        return first == last ? String.valueOf(first) : first + "-" + last;
    }

    private static String age(Duration age) {
        long seconds = age.toSeconds();
        if (seconds < 120) {
            return seconds + "s";
        }
        if (seconds < 7200) {
            return age.toMinutes() + "m";
        }
        return age.toHours() + "h";
    }
}
