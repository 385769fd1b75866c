package dev.cogbot.runtime.install;

/** An install that did not happen, and the {@link InstallProblem} that says why. */
public final class InstallException extends RuntimeException {

    private final transient InstallProblem problem;

    public InstallException(InstallProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public InstallException(InstallProblem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
    }

    public InstallProblem problem() {
        return problem;
    }
}
