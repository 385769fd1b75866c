package dev.cogbot.e2e.fuzz;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Channel;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A command for each type the converters know, since the bundled plugins take only durations and
 * text: whole numbers, longs, decimals, yes/no, a choice, a duration, a word, the rest of the
 * line, arguments left out for their fallback, the chat model's users, members, channels, roles
 * and messages, and arguments that take a word or none, as many as convert, or all that are left.
 */
public final class EveryArgumentTypeCog implements Cog {

    enum Mood { HAPPY, GRUMPY }

    @Override
    public String name() {
        return "EveryType";
    }

    @Command(ignoreExtra = false)
    public void number(Context ctx, @Arg("n") int n, @Arg(value = "boxed", fallback = "7") Integer boxed) {
        ctx.send("number " + n + " " + boxed);
    }

    @Command
    public void big(Context ctx, @Arg("n") long n, @Arg(value = "boxed", fallback = "7") Long boxed) {
        ctx.send("big " + n + " " + boxed);
    }

    @Command
    public void real(Context ctx, @Arg("x") double x, @Arg(value = "boxed", fallback = "0.5") Double boxed) {
        ctx.send("real " + x + " " + boxed);
    }

    @Command
    public void flag(Context ctx, @Arg("on") boolean on, @Arg(value = "boxed", fallback = "no") Boolean boxed) {
        ctx.send("flag " + on + " " + boxed);
    }

    @Command
    public void pick(Context ctx, @Arg("mood") Mood mood) {
        ctx.send("pick " + mood);
    }

    @Command
    public void pause(Context ctx, @Arg(value = "time", fallback = "1", unit = ChronoUnit.SECONDS) Duration time) {
        // the parsed value is only reported: the fuzz moves the clock by seconds, not by what it typed
        ctx.send("pause " + time.toMillis() + "ms");
    }

    @Command(ignoreExtra = false)
    public void word(Context ctx, @Arg("word") String word) {
        ctx.send("word of " + word.length());
    }

    @Command
    public void say(Context ctx, @Arg(value = "what", rest = true) String what) {
        ctx.send("say of " + what.length());
    }

    @Command
    public void maybe(Context ctx, @Arg(value = "count", fallback = "3") int count,
                      @Arg(value = "rest", fallback = "", rest = true) String rest) {
        ctx.send("maybe " + count + " " + rest.length());
    }

    @Command
    public void whois(Context ctx, @Arg("user") User user) {
        ctx.send("whois " + user.id().length());
    }

    @Command
    public void member(Context ctx, @Arg("member") Member member) {
        ctx.send("member " + member.id().length());
    }

    @Command
    public void room(Context ctx, @Arg("channel") Channel channel) {
        ctx.send("room " + channel.id().length());
    }

    @Command
    public void role(Context ctx, @Arg("role") Role role) {
        ctx.send("role " + role.id().length());
    }

    @Command
    public void quote(Context ctx, @Arg("message") Message message) {
        ctx.send("quote " + message.content().length());
    }

    @Command
    public void some(Context ctx, @Arg("count") Optional<Integer> count, @Arg("members") List<Member> members,
                     @Arg("moods") Mood... moods) {
        ctx.send("some " + count.isPresent() + " " + members.size() + " " + moods.length);
    }
}
