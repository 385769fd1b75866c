package dev.cogbot.runtime.commands;

/** A cog is declared wrongly (a bad signature, a hook naming no command, a name clash); the message says which and how to fix it. */
public final class CogDefinitionException extends RuntimeException {

    public CogDefinitionException(String message) {
        super(message);
    }
}
