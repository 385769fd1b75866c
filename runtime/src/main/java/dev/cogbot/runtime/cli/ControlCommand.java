package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.control.AnotherUsersBotException;
import dev.cogbot.runtime.control.BotNotRunningException;
import dev.cogbot.runtime.control.ControlClient;
import dev.cogbot.runtime.control.ControlRequest;
import dev.cogbot.runtime.control.ControlResponse;
import dev.cogbot.runtime.control.Outcome;
import dev.cogbot.runtime.plugins.PluginOperationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that asks the bot running on the data folder to do something, over its control
 * channel. What it prints on success goes to stdout; why not, one line starting {@code cogbot:},
 * to stderr. Subclasses say what to ask, what to do when no bot runs, and document their exit codes.
 */
abstract class ControlCommand implements Callable<Integer> {

    @Mixin
    HomeOptions where = new HomeOptions();

    /** {@code cogbot --home X load jokes} works as {@code cogbot load jokes --home X}. */
    @ParentCommand
    CogbotCli parent;

    @Spec
    CommandSpec spec;

    /** What to ask the bot. */
    abstract ControlRequest request();

    /** The exit codes this command uses and what each means, for its {@code --help}. */
    abstract Map<ExitCode, String> exitCodes();

    /**
     * What to do when no bot runs on the data folder; by default say so.
     *
     * @return the exit code
     */
    int whenNotRunning(BotPaths paths, BotNotRunningException notRunning) {
        err().println(notRunning.getMessage());
        return ExitCode.BOT_NOT_RUNNING.code();
    }

    @Override
    public Integer call() {
        BotPaths paths = paths();
        ControlResponse response;
        try {
            response = new ControlClient(paths.dataDir()).send(request());
        } catch (BotNotRunningException e) {
            int code = whenNotRunning(paths, e);
            out().flush();
            err().flush();
            return code;
        } catch (AnotherUsersBotException e) {
            err().println("cogbot: " + e.getMessage());
            err().flush();
            return ExitCode.ANOTHER_USERS_BOT.code();
        } catch (IOException e) {
            err().println("cogbot: " + e.getMessage());
            err().flush();
            return ExitCode.FAILED.code();
        }
        ExitCode code = exitCode(response.outcome());
        if (code == ExitCode.OK) {
            response.lines().forEach(out()::println);
        } else {
            response.lines().forEach(line -> err().println("cogbot: " + line));
        }
        out().flush();
        err().flush();
        return code.code();
    }

    BotPaths paths() {
        return where.paths(parent == null ? null : parent.runOptions);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Says why an offline change was refused, one line on stderr, and returns its exit code. */
    int refused(PluginOperationException refusal) {
        err().println("cogbot: " + refusal.getMessage());
        return exitCode(Outcome.of(refusal.problem())).code();
    }

    static ExitCode exitCode(Outcome outcome) {
        return switch (outcome) {
            case OK -> ExitCode.OK;
            case NO_SUCH_PLUGIN -> ExitCode.NO_SUCH_PLUGIN;
            case PLUGIN_FAILED -> ExitCode.PLUGIN_FAILED;
            case BAD_REQUEST -> ExitCode.USAGE;
            case STORAGE -> ExitCode.STORAGE;
            case FAILED -> ExitCode.FAILED;
        };
    }

    /** The exit codes every control command shares, with {@code ok} and {@code notRunning} in its own words. */
    static Map<ExitCode, String> exitCodes(String ok, Map<ExitCode, String> own, String notRunning) {
        Map<ExitCode, String> withNotRunning = new LinkedHashMap<>(own);
        withNotRunning.put(ExitCode.BOT_NOT_RUNNING, notRunning);
        return exitCodes(ok, withNotRunning);
    }

    /**
     * The exit codes every control command shares, for a command that does its work even with no bot
     * running (so it has no "not running" code), with {@code ok} in its own words.
     */
    static Map<ExitCode, String> exitCodes(String ok, Map<ExitCode, String> own) {
        Map<ExitCode, String> codes = new LinkedHashMap<>();
        codes.put(ExitCode.OK, ok);
        codes.put(ExitCode.FAILED, "Something unexpected went wrong; the message (and the bot's log) says what.");
        codes.put(ExitCode.USAGE, "Wrong usage of this command.");
        codes.putAll(own);
        codes.put(ExitCode.ANOTHER_USERS_BOT, "The bot's files belong to another user; run the command as that user.");
        return codes;
    }
}
