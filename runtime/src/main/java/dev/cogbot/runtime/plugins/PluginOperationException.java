package dev.cogbot.runtime.plugins;

/** A plugin operation that did not happen, and the {@link PluginProblem} that says why. */
public final class PluginOperationException extends RuntimeException {

    private final transient PluginProblem problem;

    public PluginOperationException(PluginProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public PluginOperationException(PluginProblem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
    }

    public PluginProblem problem() {
        return problem;
    }
}
