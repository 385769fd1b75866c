package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.config.ConfigException;
import dev.cogbot.runtime.storage.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into one line on stderr that says what was wrong and what to do, and an exit code. */
final class OneLineErrors implements IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(OneLineErrors.class);

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        ExitCode code = switch (error) {
            case ConfigException bad -> ExitCode.BAD_CONFIG;
            case StorageException broken -> ExitCode.STORAGE;
            default -> ExitCode.FAILED;
        };
        if (code == ExitCode.FAILED) {
            log.error("cogbot failed", error);
        }
        commandLine.getErr().println("cogbot: " + error.getMessage());
        return code.code();
    }
}
