/**
 * A cluster of cogbot processes on one PostgreSQL database, with no coordinator of cogbot's own.
 * Every process is a node: {@link dev.cogbot.runtime.cluster.NodeRegistry} keeps its row (host,
 * version, shards, plugins and their JAR checksums) and heartbeat; nodes that stop heartbeating for
 * longer than the lease drop out. One node is the {@linkplain dev.cogbot.runtime.cluster.Leader
 * leader}, chosen by a PostgreSQL advisory lock ({@link dev.cogbot.runtime.cluster.Leadership}): it
 * syncs the slash commands and runs the loops plugins mark as cluster-wide. A node running Discord
 * leads only while it holds a shard ({@link dev.cogbot.runtime.cluster.HeldShards}), as Discord
 * takes slash commands only through one.
 * {@link dev.cogbot.runtime.cluster.ClusterNode} puts these together on the runtime's clock.
 *
 * <p>Shards are held by leases ({@link dev.cogbot.runtime.cluster.ShardLeases}, renewed by
 * {@link dev.cogbot.runtime.cluster.ShardLeaseKeeper}), and gateway logins are paced for the whole
 * cluster by {@link dev.cogbot.runtime.cluster.IdentifySessionController}, one rate-limit bucket
 * at a time.
 *
 * <p>Plugins across the cluster: {@link dev.cogbot.runtime.cluster.ClusterPluginAdmin} applies a
 * load, unload or reload asked on any node on every live node (LISTEN/NOTIFY), keeps the wanted
 * state in {@link dev.cogbot.runtime.cluster.ClusterPluginTable} for nodes that start or missed it,
 * and refuses a JAR whose checksum ({@link dev.cogbot.runtime.cluster.PluginChecksum}) is not the
 * cluster's.
 */
package dev.cogbot.runtime.cluster;
