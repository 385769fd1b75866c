/**
 * cogbot's benchmarks: {@link dev.cogbot.bench.DispatchBenchmark} (JMH, dispatch overhead),
 * {@link dev.cogbot.bench.KnockKnockConversations} (100k pending conversations in 1 GiB) and
 * {@link dev.cogbot.bench.ColdStart} (the distribution's start to ready). Run them with
 * {@code bench/run}; BENCHMARKS.md at the repository root has the figures.
 */
package dev.cogbot.bench;
