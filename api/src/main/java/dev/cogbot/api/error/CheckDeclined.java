package dev.cogbot.api.error;

/**
 * A check returned {@code false} without saying why. Nobody is told: a bot-wide check that keeps
 * the bot quiet (a hush) must not be answered; the runtime logs it at DEBUG, naming the check. A
 * check that wants the user to know throws a {@link CheckFailure} with a message instead.
 *
 * <pre>{@code
 * case CheckDeclined quiet -> log.debug("{} said no", quiet.check());
 * }</pre>
 */
public final class CheckDeclined extends CheckFailure {

    private final String check;

    /** @param check which check said no, e.g. {@code "HushCog.botCheck"} */
    public CheckDeclined(String check, String message) {
        super(message);
        this.check = check;
    }

    /** Which check said no, e.g. {@code "HushCog.botCheck"} or {@code "JokesCog.inModLog"}. */
    public String check() {
        return check;
    }
}
