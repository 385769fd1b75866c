package dev.cogbot.runtime.slash;

import static dev.cogbot.runtime.transport.ApplicationCommand.OptionType.BOOLEAN;
import static dev.cogbot.runtime.transport.ApplicationCommand.OptionType.CHANNEL;
import static dev.cogbot.runtime.transport.ApplicationCommand.OptionType.INTEGER;
import static dev.cogbot.runtime.transport.ApplicationCommand.OptionType.NUMBER;
import static dev.cogbot.runtime.transport.ApplicationCommand.OptionType.ROLE;
import static dev.cogbot.runtime.transport.ApplicationCommand.OptionType.STRING;
import static dev.cogbot.runtime.transport.ApplicationCommand.OptionType.SUBCOMMAND;
import static dev.cogbot.runtime.transport.ApplicationCommand.OptionType.USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Channel;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.Role;
import dev.cogbot.api.Slash;
import dev.cogbot.api.User;
import dev.cogbot.api.checks.GuildOnly;
import dev.cogbot.api.checks.OwnerOnly;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.ApplicationCommand.Choice;
import dev.cogbot.runtime.transport.ApplicationCommand.Option;
import dev.cogbot.runtime.transport.ApplicationCommand.OptionType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which slash commands the loaded commands make: names, options and their types, descriptions, who sees them. */
class CommandSpecsTest {

    private final SlashBot bot = SlashBot.start(SlashSettings.DEFAULT);

    @AfterEach
    void close() {
        bot.close();
    }

    enum Colour { RED, GREEN, BLUE }

    record Point(int x, int y) {
    }

    public static final class Plain implements Cog {
        @Command(help = "Plain values")
        public void plain(Context ctx, String text, int count, long big, Integer boxed, double ratio, boolean loud) {
        }
    }

    public static final class Pickers implements Cog {
        @Command(help = "Things Discord lets you pick")
        public void pick(Context ctx, User user, Member member, Channel channel, Role role) {
        }
    }

    public static final class Paint implements Cog {
        @Command(help = "Paints")
        public void paint(Context ctx, Colour colour) {
        }
    }

    public static final class Texts implements Cog {
        @Command(help = "Read from text")
        public void texts(Context ctx, Duration wait, Message message) {
        }
    }

    public static final class OwnConverters implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.addConverter(Point.class, (ctx, text) -> new Point(0, 0));
            bot.addConverter(Integer.class, (ctx, text) -> 7);
        }

        @Command(help = "Read by the plugin")
        public void plot(Context ctx, Point at, int size) {
        }
    }

    public static final class Shapes implements Cog {
        @Command(help = "Every shape")
        public void shapes(Context ctx, Optional<Integer> maybe, List<Member> some, @Arg(rest = true) String rest) {
        }

        @Command(help = "Varargs")
        public void many(Context ctx, String... words) {
        }
    }

    public static final class Order implements Cog {
        @Command(help = "Optional first in the method")
        public void order(Context ctx, Optional<Member> who, @Arg(fallback = "3") int times, String what) {
        }
    }

    public static final class Helped implements Cog {
        @Command(help = "Hushes the bot.\nSaid in a server it hushes that server.")
        public void hush(Context ctx, @Arg(value = "duration", help = "how long, e.g. 30s or 5m") Duration duration,
                String reason) {
        }

        @Command(help = "Mutes every command of every plugin for a while. Said in a server it mutes that server;"
                + " in a DM, that DM, and nothing else anywhere.")
        public void mute(Context ctx) {
        }

        @Command(help = "Reminds you (me) or a member (@bob, bob) after a while (10m, 1h30m; a bare number is"
                + " minutes) in this channel; cancel calls one off.")
        public void remind(Context ctx) {
        }

        @Command
        public void bare(Context ctx) {
        }
    }

    public static final class Tags implements Cog {
        @Command(help = "Shows a tag")
        public void tag(Context ctx, @Arg(complete = "names") String name) {
        }

        public List<String> names(String typed) {
            return List.of();
        }
    }

    public static final class Quiz implements Cog {
        @Slash(group = "quiz", name = "start")
        @Command(name = "quiz_start", help = "Starts a quiz")
        public void start(Context ctx, String topic) {
        }

        @Slash(group = "quiz", name = "stop")
        @Command(name = "quiz_stop", help = "Stops the quiz")
        public void stop(Context ctx) {
        }
    }

    @OwnerOnly
    public static final class Admin implements Cog {
        @Command(help = "Owners only")
        public void shutdown(Context ctx) {
        }
    }

    public static final class Mixed implements Cog {
        @OwnerOnly
        @Command(help = "Owners only")
        public void secret(Context ctx) {
        }

        @GuildOnly
        @Command(help = "Servers only")
        public void server(Context ctx) {
        }

        @Command(help = "Anyone, anywhere")
        public void open(Context ctx) {
        }

        @Slash(false)
        @Command(help = "Prefix only")
        public void debug(Context ctx) {
        }
    }

    private static Option option(OptionType type, String name, boolean required) {
        return new Option(type, name, name, required, List.of(), false, List.of());
    }

    @Test
    void plainValuesAreTextIntegerNumberAndBooleanOptions() {
        bot.load("plain", new Plain());

        assertThat(bot.command("plain").options()).containsExactly(
                option(STRING, "text", true), option(INTEGER, "count", true), option(INTEGER, "big", true),
                option(INTEGER, "boxed", true), option(NUMBER, "ratio", true), option(BOOLEAN, "loud", true));
    }

    @Test
    void usersMembersChannelsAndRolesArePickedInDiscord() {
        bot.load("pickers", new Pickers());

        assertThat(bot.command("pick").options()).containsExactly(
                option(USER, "user", true), option(USER, "member", true), option(CHANNEL, "channel", true),
                option(ROLE, "role", true));
    }

    @Test
    void anEnumIsTextWithItsConstantsAsChoicesAsTheEnumConverterReadsThem() {
        bot.load("paint", new Paint());

        assertThat(bot.command("paint").options()).containsExactly(new Option(STRING, "colour", "colour", true,
                List.of(new Choice("red", "red"), new Choice("green", "green"), new Choice("blue", "blue")), false,
                List.of()));
    }

    @Test
    void aDurationAndAMessageAreTextTheirConvertersRead() {
        bot.load("texts", new Texts());

        assertThat(bot.command("texts").options()).containsExactly(option(STRING, "wait", true),
                option(STRING, "message", true));
    }

    @Test
    void aTypeThePluginConvertsItselfIsText() {
        bot.load("plot", new OwnConverters());

        // its own converter for int decides what a size looks like, so Discord must not insist on digits
        assertThat(bot.command("plot").options()).containsExactly(option(STRING, "at", true), option(STRING, "size", true));
    }

    @Test
    void optionalsListsVarargsAndTheRestAreTextAndOnlyTheRestIsRequired() {
        bot.load("shapes", new Shapes());

        assertThat(bot.command("shapes").options()).containsExactly(option(STRING, "rest", true),
                option(INTEGER, "maybe", false), option(STRING, "some", false));
        assertThat(bot.command("many").options()).containsExactly(option(STRING, "words", false));
    }

    @Test
    void requiredOptionsComeFirstAndOtherwiseInParameterOrder() {
        bot.load("order", new Order());

        assertThat(bot.command("order").options()).containsExactly(option(STRING, "what", true),
                option(USER, "who", false), option(INTEGER, "times", false));
    }

    @Test
    void anOptionIsDescribedByItsArgHelpElseByItsName() {
        bot.load("helped", new Helped());

        assertThat(bot.command("hush").options()).containsExactly(
                new Option(STRING, "duration", "how long, e.g. 30s or 5m", true, List.of(), false, List.of()),
                option(STRING, "reason", true));
    }

    @Test
    void aCommandIsDescribedByTheFirstLineOfItsHelp() {
        bot.load("helped", new Helped());

        assertThat(bot.command("hush").description()).isEqualTo("Hushes the bot.");
    }

    @Test
    void helpTooLongForDiscordIsCutToItsFirstSentenceOrToWholeWords() {
        bot.load("helped", new Helped());

        assertThat(bot.command("mute").description()).isEqualTo("Mutes every command of every plugin for a while.");
        assertThat(bot.command("remind").description())
                .hasSizeLessThanOrEqualTo(100)
                .isEqualTo("Reminds you (me) or a member (@bob, bob) after a while (10m, 1h30m; a bare number is"
                        + " minutes) in…");
    }

    @Test
    void aCommandWithoutHelpIsDescribedByItsCog() {
        bot.load("helped", new Helped());

        assertThat(bot.command("bare").description()).isEqualTo("Helped: bare");
    }

    @Test
    void anArgumentWithSuggestionsIsAnAutocompleteOption() {
        bot.load("tags", new Tags());

        assertThat(bot.command("tag").options()).containsExactly(
                new Option(STRING, "name", "name", true, List.of(), true, List.of()));
    }

    @Test
    void aGroupIsOneCommandWithItsCommandsAsSubcommands() {
        bot.load("quiz", new Quiz());

        assertThat(bot.wanted()).contains(new ApplicationCommand("quiz", "The quiz commands", List.of(
                new Option(SUBCOMMAND, "start", "Starts a quiz", false, List.of(), false,
                        List.of(option(STRING, "topic", true))),
                new Option(SUBCOMMAND, "stop", "Stops the quiz", false, List.of(), false, List.of())), false, false));
    }

    @Test
    void theOwnersCommandsAreHiddenFromAllButAdmins() {
        bot.load("admin", new Admin(), new Mixed());

        assertThat(bot.command("shutdown").adminsOnly()).isTrue();
        assertThat(bot.command("secret").adminsOnly()).isTrue();
        assertThat(bot.command("open").adminsOnly()).isFalse();
    }

    @Test
    void guildOnlyCommandsAreOfferedInServersOnly() {
        bot.load("mixed", new Mixed());

        assertThat(bot.command("server").guildOnly()).isTrue();
        assertThat(bot.command("open").guildOnly()).isFalse();
    }

    @Test
    void aPrefixOnlyCommandIsNoSlashCommand() {
        bot.load("mixed", new Mixed());

        assertThat(bot.wanted()).extracting(ApplicationCommand::name).doesNotContain("debug");
    }

    @Test
    void commandsAreListedByNameWhateverTheOrderTheyLoadedIn() {
        bot.load("mixed", new Mixed());
        bot.load("paint", new Paint());

        assertThat(bot.wanted()).extracting(ApplicationCommand::name)
                .containsExactly("help", "open", "paint", "prefix", "secret", "server");
    }

    @Test
    void theRuntimesOwnCommandsAreSlashCommandsToo() {
        assertThat(bot.command("help").options()).containsExactly(
                new Option(STRING, "command", "the command to explain, e.g. hush; leave it out for the list", false,
                        List.of(), true, List.of()));
        assertThat(bot.wanted()).extracting(ApplicationCommand::name).containsExactly("help", "prefix");
    }
}
