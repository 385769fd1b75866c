package dev.cogbot.runtime.commands;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Permission;
import java.util.Optional;

/**
 * The built-in {@code prefix}: shows what starts a command here; in a server, its admins (Manage
 * Server, or the bot's owners) change it for that server, or reset it to the configured one.
 *
 * <pre>{@code
 * !prefix          -> The prefix here is !. Mentioning me works too.
 * !prefix ?        -> The prefix in Cog Club is now ?. Mentioning me works too.
 * ?prefix reset    -> The prefix in Cog Club is ! again.
 * }</pre>
 */
public final class PrefixCog implements Cog {

    private final GuildPrefixes prefixes;

    public PrefixCog(GuildPrefixes prefixes) {
        this.prefixes = prefixes;
    }

    @Override
    public String name() {
        return "Prefix";
    }

    @Command(name = "prefix", usage = "[new prefix | reset]",
            help = "Shows the prefix here.\nServer admins (Manage Server) change it for their server by giving a new"
                    + " one, or go back to the default with reset. Mentioning the bot always works as a prefix.")
    public void prefix(Context ctx, @Arg(value = "prefix", fallback = "", rest = true,
            help = "the new prefix, or reset for the default; leave it out to see the prefix") String wanted) {
        String asked = wanted.strip();
        Optional<Guild> guild = ctx.message().guild();
        if (asked.isEmpty()) {
            ctx.send("The prefix here is " + prefixes.of(guild) + ". Mentioning me works too.");
            return;
        }
        if (guild.isEmpty()) {
            ctx.send("Prefixes are set per server; in DMs it is always " + prefixes.configured()
                    + ". Mentioning me works too.");
            return;
        }
        if (!mayChange(ctx)) {
            ctx.send("Only members with the Manage Server permission (or the bot's owners) can change the prefix.");
            return;
        }
        if (asked.equalsIgnoreCase("reset")) {
            prefixes.reset(guild.get());
            ctx.send("The prefix in " + Excerpt.of(guild.get().name()) + " is " + prefixes.configured() + " again.");
            return;
        }
        Optional<String> problem = GuildPrefixes.problem(asked);
        if (problem.isPresent()) {
            ctx.send(problem.get() + " The prefix stays " + prefixes.of(guild) + ".");
            return;
        }
        prefixes.set(guild.get(), asked);
        ctx.send("The prefix in " + Excerpt.of(guild.get().name()) + " is now " + asked + ". Mentioning me works too.");
    }

    /**
     * An owner, or a member who may manage the server. Not the ready-made checks: they refuse by
     * throwing, so "either one" would need a try/catch each, and this command answers a refusal
     * its own way.
     */
    private static boolean mayChange(Context ctx) {
        return ctx.bot().isOwner(ctx.author())
                || ctx.message().member().map(m -> m.hasPermissions(Permission.MANAGE_GUILD)).orElse(false);
    }
}
