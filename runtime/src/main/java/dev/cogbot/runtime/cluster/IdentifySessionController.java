package dev.cogbot.runtime.cluster;

import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's session controller for a node of a cluster: every gateway login (IDENTIFY) of this node's
 * shards goes through {@link IdentifyBuckets}, so across all nodes no two logins of one rate-limit
 * bucket happen within 5 seconds. The buckets are {@code shard_id % max_concurrency}, with the
 * {@code max_concurrency} that {@code GET gateway/bot} reports (JDA's shard manager passes it to
 * {@link #setConcurrency}). Each bucket's logins run one after another on a thread of their own, as
 * in JDA's {@code ConcurrentSessionController}; the gateway address and the global REST rate limit
 * come from {@link SessionControllerAdapter}.
 *
 * <pre>{@code
 * DefaultShardManagerBuilder.createLight(token, intents)
 *         .setSessionController(new IdentifySessionController(new IdentifyBuckets(dataSource, time)));
 * }</pre>
 */
public final class IdentifySessionController extends SessionControllerAdapter {

    private static final Logger log = LoggerFactory.getLogger(IdentifySessionController.class);

    private final IdentifyBuckets buckets;
    private final Map<Integer, Bucket> queues = new ConcurrentHashMap<>();
    private volatile int concurrency = 1;

    public IdentifySessionController(IdentifyBuckets buckets) {
        this.buckets = Objects.requireNonNull(buckets, "buckets");
    }

    @Override
    public void setConcurrency(int level) {
        if (level < 1) {
            throw new IllegalArgumentException("max_concurrency is at least 1, not " + level);
        }
        concurrency = level;
    }

    /** {@code max_concurrency} as Discord last reported it. */
    public int concurrency() {
        return concurrency;
    }

    @Override
    public void appendSession(SessionConnectNode node) {
        int bucket = node.getShardInfo().getShardId() % concurrency;
        queues.computeIfAbsent(bucket, Bucket::new).enqueue(node);
    }

    @Override
    public void removeSession(SessionConnectNode node) {
        queues.values().forEach(bucket -> bucket.dequeue(node));
    }

    /** One bucket's logins waiting on this node, and the thread that runs them in order. */
    private final class Bucket implements Runnable {
        private final int id;
        private final Queue<SessionConnectNode> waiting = new ConcurrentLinkedQueue<>();
        private Thread worker;

        Bucket(int id) {
            this.id = id;
        }

        void enqueue(SessionConnectNode node) {
            waiting.add(node);
            start();
        }

        void dequeue(SessionConnectNode node) {
            waiting.remove(node);
        }

        private synchronized void start() {
            if (worker == null) {
                worker = Thread.ofPlatform().daemon().name("cogbot-identify-" + id).start(this);
            }
        }

        private synchronized boolean stopUnlessMore() {
            if (waiting.isEmpty()) {
                worker = null;
                return true;
            }
            return false;
        }

        @Override
        public void run() {
            do {
                SessionConnectNode node;
                while ((node = waiting.poll()) != null) {
                    if (!login(node)) {
                        synchronized (this) {
                            worker = null;
                        }
                        return;
                    }
                }
            } while (!stopUnlessMore());
        }

        /** Logs {@code node} in; false when interrupted (the node waits for the next worker). */
        private boolean login(SessionConnectNode node) {
            try {
                log.debug("Shard {} logs in (bucket {} of {})", node.getShardInfo(), id, concurrency);
                buckets.identify(id, () -> node.run(false));
                return true;
            } catch (InterruptedException e) {
                waiting.add(node);
                Thread.currentThread().interrupt();
                return false;
            } catch (IdentifyCoordinationException e) {
                // nothing was sent: try again once the database may be back, without spinning
                log.warn("Shard {} waits to log in: {}", node.getShardInfo(), e.getMessage());
                waiting.add(node);
                return pause();
            } catch (RuntimeException e) {
                // JDA's own controller queues a failed login again; so does this one, after the window
                log.warn("Shard {} could not log in, and tries again: {}", node.getShardInfo(), e.getMessage());
                waiting.add(node);
                return true;
            }
        }

        private boolean pause() {
            try {
                buckets.pause(IdentifyBuckets.WINDOW);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
