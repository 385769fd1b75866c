package dev.cogbot.runtime.starter;

/**
 * {@code new-plugin} refused or failed; {@link #problem()} says why, its message is the one line for the user.
 *
 * <pre>{@code
 * try {
 *     writer.write(NewPlugin.of(id, null, version, Optional.empty()), dir);
 * } catch (StarterException refused) {
 *     System.err.println("cogbot: " + refused.getMessage());
 * }
 * }</pre>
 */
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
