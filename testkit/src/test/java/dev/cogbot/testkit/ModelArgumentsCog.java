package dev.cogbot.testkit;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Channel;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.api.error.CommandError;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A command per model converter, each saying what it was given; keeps the errors it saw. */
final class ModelArgumentsCog implements Cog {

    final List<CommandError> errors = new CopyOnWriteArrayList<>();

    @Command
    public void who(Context ctx, User user) {
        ctx.send("user " + user.id() + " named " + user.name());
    }

    @Command
    public void member(Context ctx, Member member) {
        ctx.send("member " + member.id() + " of " + member.guild().name());
    }

    @Command
    public void greet(Context ctx, Optional<Member> member, @Arg(rest = true) String text) {
        ctx.send(member.map(m -> "to " + m.id() + ": ").orElse("to all: ") + text);
    }

    @Command
    public void where(Context ctx, Channel channel) {
        ctx.send("channel " + channel.id() + " named " + channel.name());
    }

    @Command
    public void role(Context ctx, Role role) {
        ctx.send("role " + role.id() + " named " + role.name());
    }

    @Command
    public void quote(Context ctx, Message message) {
        ctx.send("message " + message.id() + " in " + message.channel().id() + ": " + message.content());
    }

    @Override
    public void cogCommandError(Context ctx, CommandError error) {
        errors.add(error);
        throw error;
    }
}
