package dev.cogbot.runtime.starter;

/** {@code new-plugin} refused or failed; {@link #problem()} says why, its message is the one line for the user. */
public final class StarterException extends RuntimeException {

    private final StarterProblem problem;

    public StarterException(StarterProblem problem) {
        super(problem.line());
        this.problem = problem;
    }

    public StarterException(StarterProblem problem, Throwable cause) {
        super(problem.line(), cause);
        this.problem = problem;
    }

    public StarterProblem problem() {
        return problem;
    }
}
