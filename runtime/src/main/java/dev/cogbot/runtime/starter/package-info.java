/**
 * {@code cogbot new-plugin}: writes a ready plugin project (pom on cogbot's plugin parent, a cog with
 * one command, its test-kit test, a README, and a {@code build} script that finds a JDK 21+ and runs
 * the Maven wrapper), which builds and passes its tests as written.
 *
 * <pre>{@code
 * NewPlugin plugin = NewPlugin.of("greeter", null, RuntimeVersion.version(), Optional.empty());
 * Path project = new PluginProjectWriter().write(plugin, Path.of("."));   // ./greeter
 * }</pre>
 */
package dev.cogbot.runtime.starter;
