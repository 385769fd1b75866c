/**
 * Serving interactions: slash commands through the one command pipeline (admission, checks,
 * converters, cooldowns, hooks, error handlers) with answers that follow Discord's rules, option
 * suggestions from cogs' {@code @Arg(complete)} methods, and clicks on components routed to the
 * {@code @OnComponent} methods of the plugin that claims them. Every interaction is answered, even
 * when its plugin is gone or its command says nothing.
 */
package dev.cogbot.runtime.interactions;
