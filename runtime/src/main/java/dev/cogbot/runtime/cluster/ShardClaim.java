package dev.cogbot.runtime.cluster;

/**
 * Which shards a node asks for under {@link ShardLeases}.
 *
 * <pre>{@code
 * ShardClaim claim = options.shards()
 *         .<ShardClaim>map(range -> new ShardClaim.Pinned(range.first(), range.last()))
 *         .orElse(new ShardClaim.FairShare());
 * }</pre>
 */
public sealed interface ShardClaim {

    /**
     * Its share of the shards nobody pinned: {@code ceil(shards / live nodes)}. A node holding more
     * gives the rest up for a newcomer; a node holding fewer takes free and expired ones.
     */
    record FairShare() implements ShardClaim {
    }

    /**
     * Shards {@code first}..{@code last}, given by hand ({@code --shards}): taken from any node that
     * holds them by lease, and never taken by another node while this one renews them.
     */
    record Pinned(int first, int last) implements ShardClaim {
        public Pinned {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("a pinned shard range runs from a shard to a later one, like 0-3; got "
                        + first + "-" + last);
            }
        }
    }
}
