package dev.cogbot.runtime.interactions;

import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.commands.MethodInvoker;

/**
 * One {@link dev.cogbot.api.OnComponent @OnComponent} method of a loaded cog.
 *
 * @param prefix the first part of the component ids it handles
 * @param name   {@code Cog.method}, for logs and load errors
 */
public record ComponentHandler(CogBinding cog, String prefix, MethodInvoker method, String name) {
}
