package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Member;
import dev.cogbot.api.User;
import dev.cogbot.api.error.BadArgument;
import dev.cogbot.runtime.commands.CogDefinitionException;
import dev.cogbot.runtime.transport.MemberRef;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A plugin's own converters: registered in {@code onLoad}, read only by its own commands (before
 * the runtime's built-ins), and gone when it is unloaded.
 */
class PluginConvertersTest {

    /** A type of the plugin's own. */
    record Colour(int rgb) {
        static Colour parse(String text) {
            if (!text.matches("#[0-9a-fA-F]{6}")) {
                throw new BadArgument("must be a colour like #ff8800, not '" + text + "'");
            }
            return new Colour(Integer.parseInt(text.substring(1), 16));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "rgb(%d,%d,%d)", rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
        }
    }

    /** Registers the converter for its own command. */
    static final class PaintCog implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.addConverter(Colour.class, (ctx, text) -> Colour.parse(text));
        }

        @Command
        public void paint(Context ctx, Colour colour) {
            ctx.send("painted " + colour);
        }
    }

    /** Uses the type without registering a converter for it. */
    static final class BrushCog implements Cog {
        @Command
        public void brush(Context ctx, Colour colour) {
            ctx.send("brushed " + colour);
        }
    }

    /** Registers the converter that {@link BrushCog}, loaded before it in the same plugin, needs. */
    static final class PaletteCog implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.addConverter(Colour.class, (ctx, text) -> Colour.parse(text));
        }
    }

    /** Registers the same type twice. */
    static final class TwiceCog implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.addConverter(Colour.class, (ctx, text) -> Colour.parse(text));
            bot.addConverter(Colour.class, (ctx, text) -> new Colour(0));
        }
    }

    /** Reads every colour as black, and its integers in Roman numerals' place as words. */
    static final class BlackCog implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.addConverter(Colour.class, (ctx, text) -> new Colour(0));
            bot.addConverter(Integer.class, (ctx, text) -> switch (text) {
                case "one" -> 1;
                case "two" -> 2;
                default -> throw new BadArgument("must be one or two");
            });
        }

        @Command
        public void black(Context ctx, Colour colour) {
            ctx.send("blackened " + colour);
        }

        @Command
        public void twice(Context ctx, int count) {
            ctx.send("twice " + (2 * count));
        }
    }

    /** A plugin whose own integers are the built-in ones. */
    static final class DoubleCog implements Cog {
        @Command
        public void doubled(Context ctx, int count) {
            ctx.send("doubled " + (2 * count));
        }
    }

    /** A converter that refuses with a parse method's exception. */
    static final class ParsingCog implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.addConverter(Colour.class, (ctx, text) -> new Colour(Integer.parseInt(text, 16)));
        }

        @Command
        public void hex(Context ctx, Colour colour) {
            ctx.send("hex " + colour);
        }
    }

    /** A type of the plugin's own whose converter hands the word over to the built-in Member one. */
    record Pal(Member member) {
    }

    static final class PalCog implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.addConverter(Pal.class, (ctx, word) -> new Pal(ctx.convert(word, Member.class)));
            bot.addConverter(Colour.class, (ctx, text) -> new Colour(0));
        }

        @Command
        public void pal(Context ctx, Pal pal) {
            ctx.send("pal " + pal.member().id());
        }

        @Command
        public void shade(Context ctx, String word) {
            ctx.send("shade " + ctx.convert(word, Colour.class) + ", " + ctx.convert("7", int.class));
        }
    }

    private final TestBot bot = TestBot.builder().build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aPluginsConverterReadsItsArguments() {
        bot.load("paint", new PaintCog());

        assertThat(alice.says("!paint #ff8000")).containsExactly("cogbot: painted rgb(255,128,0)");
    }

    @Test
    void aConvertersRefusalIsShownWithTheArgumentsName() {
        bot.load("paint", new PaintCog());

        assertThat(alice.says("!paint orange")).containsExactly(
                "cogbot: <colour>: must be a colour like #ff8800, not 'orange'. Usage: !paint <colour>");
    }

    @Test
    void anotherExceptionFromAConverterIsARefusalNamingTheArgumentAndType() {
        bot.load("hex", new ParsingCog());

        assertThat(alice.says("!hex orange")).containsExactly(
                "cogbot: <colour> must be a Colour, not 'orange'. Usage: !hex <colour>");
    }

    @Test
    void aConverterRegisteredInOnLoadServesTheCogsOwnCommandsScannedBeforeIt() {
        assertThat(bot.load("paint", new PaintCog())).isEmpty();

        assertThat(alice.says("!paint #000001")).containsExactly("cogbot: painted rgb(0,0,1)");
    }

    @Test
    void aConverterRegisteredByALaterCogServesAnEarlierCogOfTheSamePlugin() {
        bot.load("art", new BrushCog(), new PaletteCog());

        assertThat(alice.says("!brush #010000")).containsExactly("cogbot: brushed rgb(1,0,0)");
    }

    @Test
    void aPluginsConverterIsGoneOnceItIsUnloaded() {
        bot.load("paint", new PaintCog());
        bot.unload("paint");

        assertThatThrownBy(() -> bot.load("paint", new BrushCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("Colour, which nothing converts");
    }

    @Test
    void aLoadThatFailsTakesTheConvertersItRegisteredWithIt() {
        assertThatThrownBy(() -> bot.load("art", new PaletteCog(), new NoContextCog())).isInstanceOf(CogDefinitionException.class);

        assertThatThrownBy(() -> bot.load("art", new BrushCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("nothing converts");
    }

    @Test
    void registeringATypeTwiceFailsThePluginsLoadNamingTheType() {
        assertThatThrownBy(() -> bot.load("twice", new TwiceCog()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("plugin twice already has a converter for " + Colour.class.getName() + "; register one per type");
    }

    @Test
    void anotherPluginsConverterIsNotSeen() {
        bot.load("paint", new PaintCog());

        assertThatThrownBy(() -> bot.load("brush", new BrushCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("BrushCog.brush")
                .hasMessageContaining("Colour, which nothing converts");
    }

    @Test
    void twoPluginsEachReadTheSameTypeWithTheirOwnConverter() {
        bot.load("paint", new PaintCog());
        bot.load("black", new BlackCog());

        assertThat(alice.says("!paint #ffffff")).containsExactly("cogbot: painted rgb(255,255,255)");
        assertThat(alice.says("!black #ffffff")).containsExactly("cogbot: blackened rgb(0,0,0)");
    }

    @Test
    void aPluginsConverterForABuiltInTypeServesOnlyItsOwnCommands() {
        bot.load("black", new BlackCog());
        bot.load("double", new DoubleCog());

        assertThat(alice.says("!twice two")).containsExactly("cogbot: twice 4");
        assertThat(alice.says("!doubled 2")).containsExactly("cogbot: doubled 4");
    }

    @Test
    void aTypeNothingConvertsFailsTheLoadListingWhatThePluginCanUse() {
        assertThatThrownBy(() -> bot.load("brush", new BrushCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("@Command BrushCog.brush: argument 'colour' has type Colour, which nothing converts; use one of"
                        + " String, int, long, double, boolean, Duration, an enum, User, Member, Channel, Role, Message,"
                        + " or register a converter for it with bot.addConverter in onLoad");
    }

    @Test
    void theListOfConvertibleTypesIncludesThePluginsOwn() {
        assertThatThrownBy(() -> bot.load("art", new PaletteCog(), new UnconvertibleCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("Role, Message, Colour, or register");
    }

    static final class NoContextCog implements Cog {
        @Command
        public void ping() {
        }
    }

    static final class UnconvertibleCog implements Cog {
        @Command
        public void later(Context ctx, java.time.LocalDate day) {
        }
    }

    @Test
    void aConverterHandsAWordOverToABuiltInOne() {
        bot.load("pals", new PalCog());
        bot.transport().addMember(TestBot.GUILD, new MemberRef(new User("1001", "bob", false), "Bobby", Set.of(), List.of(), null));

        assertThat(alice.says("!pal <@1001>")).containsExactly("cogbot: pal 1001");
        assertThat(alice.says("!pal Bobby")).containsExactly("cogbot: pal 1001");
    }

    @Test
    void aBuiltInsRefusalAfterAHandOverNamesTheArgumentBeingRead() {
        bot.load("pals", new PalCog());

        assertThat(alice.says("!pal zed")).singleElement().asString().startsWith("cogbot: <pal>: no member 'zed'");
    }

    @Test
    void aBuiltInsDmRefusalAfterAHandOverIsTheSameAsForAMemberArgument() {
        bot.load("pals", new PalCog());

        assertThat(alice.inDm().says("!pal bob")).containsExactly("cogbot: !pal works only in a server.");
    }

    @Test
    void convertingInACommandUsesThePluginsOwnConverterBeforeTheBuiltIns() {
        bot.load("pals", new PalCog());

        assertThat(alice.says("!shade #ffffff")).containsExactly("cogbot: shade rgb(0,0,0), 7");
    }

    @Test
    void aCommandKeepsTheConvertersItWasLoadedWithWhenARegistrationGoesFirst() {
        // what an unload does before it stops the plugin's commands: a run still converting must not find none
        Cancellable registration = bot.runtime().registry().converters()
                .register("brush", Colour.class, (ctx, text) -> new Colour(1));
        bot.load("brush", new BrushCog());

        registration.cancel();

        assertThat(alice.says("!brush anything")).containsExactly("cogbot: brushed rgb(0,0,1)");
    }
}
