package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.cluster.ClusterDatabaseException;
import dev.cogbot.runtime.cluster.ClusterSettings;
import dev.cogbot.runtime.cluster.NodeListing;
import dev.cogbot.runtime.cluster.NodeRegistry;
import dev.cogbot.runtime.config.BotConfig;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cogbot cluster}: the nodes of the cluster, read from the database the config names, so it
 * works on any machine with the config, bot running there or not.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Lists the nodes of the cluster this bot's config belongs to (cluster.enabled=true and a",
                "PostgreSQL jdbc-url): each node's id, host, cogbot version, shards, plugin count and how long ago",
                "its last heartbeat was; the leader is marked *. Nodes silent for longer than cluster.lease are",
                "listed as gone, and removed a while later. It reads the database directly: no bot needs to",
                "run on this machine."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "  0:The nodes are listed.",
                "  1:Something unexpected went wrong; the message says what.",
                "  3:Not in cluster mode, or a cluster setting is wrong.",
                "  4:The cluster's database could not be reached or read."})
final class ClusterCommand implements Callable<Integer> {

    /** How long to try to reach the database before saying it cannot be. */
    private static final int CONNECT_SECONDS = 10;

    @Mixin
    HomeOptions where = new HomeOptions();

    @ParentCommand
    CogbotCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BotPaths paths = where.paths(parent == null ? null : parent.runOptions);
        BotConfig config = BotConfig.load(paths.configFile(), System.getenv());
        String jdbcUrl = config.jdbcUrl(paths.dataDir());
        Optional<ClusterSettings> cluster = ClusterSettings.from(config, jdbcUrl);
        if (cluster.isEmpty()) {
            err().println("cogbot: not in cluster mode: " + ClusterSettings.ENABLED_KEY + " is not true in "
                    + paths.configFile() + "; set it and a PostgreSQL jdbc-url on every node to run a cluster");
            err().flush();
            return ExitCode.BAD_CONFIG.code();
        }
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(jdbcUrl);
        // the password the store is given apart from the URL, if any (jdbc-password, its file or COGBOT_JDBC_PASSWORD)
        config.jdbcPassword().ifPresent(database::setPassword);
        database.setConnectTimeout(CONNECT_SECONDS);
        database.setLoginTimeout(CONNECT_SECONDS);
        try {
            Instant now = Instant.now();
            NodeListing.lines(new NodeRegistry(database, cluster.get().lease()).nodes(now), now).forEach(out()::println);
            out().flush();
            return ExitCode.OK.code();
        } catch (ClusterDatabaseException e) {
            err().println("cogbot: " + (e.noClusterTables()
                    ? "no cluster node has run on this database yet: start one with " + ClusterSettings.ENABLED_KEY
                    + "=true"
                    : e.getMessage()));
            err().flush();
            return ExitCode.STORAGE.code();
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
