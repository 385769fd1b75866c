package dev.cogbot.runtime.transport.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Reaction;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.api.Button;
import dev.cogbot.api.Draft;
import dev.cogbot.runtime.transport.TransportEvent;
import dev.cogbot.runtime.transport.TransportListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsoleTransportTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final List<ConsoleTransport> opened = new ArrayList<>();
    /** What the runtime would describe the plugins as, when the console asks for /plugins. */
    private volatile List<String> pluginLines = List.of();

    @AfterEach
    void closeAll() {
        opened.forEach(ConsoleTransport::close);
    }

    /** Records every listener call, in order, as a short string. */
    private final class Recorder implements TransportListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<IncomingMessage> messages = new CopyOnWriteArrayList<>();
        final CountDownLatch inputClosed = new CountDownLatch(1);
        final AtomicInteger inputClosedCalls = new AtomicInteger();
        Consumer<IncomingMessage> onMessage = m -> { };
        Runnable onAwaitIdle = () -> { };

        @Override
        public List<String> describePlugins() {
            return pluginLines;
        }

        @Override
        public void onReady(User self) {
            events.add("ready " + self.name());
        }

        @Override
        public void onMessage(IncomingMessage message) {
            events.add("message " + message.id());
            messages.add(message);
            onMessage.accept(message);
        }

        final List<TransportEvent> transportEvents = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(TransportEvent event) {
            events.add("event " + event.getClass().getSimpleName());
            transportEvents.add(event);
        }

        @Override
        public void onInteraction(dev.cogbot.runtime.transport.IncomingInteraction interaction) {
            events.add("interaction " + interaction.id());
        }

        @Override
        public void onInputClosed() {
            events.add("input closed");
            inputClosedCalls.incrementAndGet();
            inputClosed.countDown();
        }

        @Override
        public void awaitIdle() {
            events.add("await idle");
            onAwaitIdle.run();
        }

        void awaitInputClosed() throws InterruptedException {
            assertThat(inputClosed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .as("onInputClosed within " + WAIT).isTrue();
        }
    }

    private ConsoleTransport console(InputStream in, boolean interactive, List<String> plugins) {
        pluginLines = plugins;
        ConsoleTransport console = new ConsoleTransport(in, out, "alice", interactive);
        opened.add(console);
        return console;
    }

    private ConsoleTransport scripted(String input) {
        return console(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), false, List.of());
    }

    /** Runs a whole script to its end and returns the recorder. */
    private Recorder run(ConsoleTransport console) throws InterruptedException {
        Recorder recorder = new Recorder();
        console.start(recorder);
        recorder.awaitInputClosed();
        assertThat(console.awaitReaderStopped(WAIT)).isTrue();
        return recorder;
    }

    private List<String> outputLines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void deliversLinesInOrderWithIncreasingIds() throws Exception {
        ConsoleTransport console = scripted("!joke\nwho's there?\n\n   \n  spaced out  \n");
        Recorder recorder = run(console);

        assertThat(recorder.messages).extracting(IncomingMessage::id).containsExactly("1", "2", "3");
        assertThat(recorder.messages).extracting(IncomingMessage::content)
                .containsExactly("!joke", "who's there?", "spaced out");
        assertThat(recorder.messages).allSatisfy(m -> {
            assertThat(m.channel()).isEqualTo(console.general());
            assertThat(m.author()).isEqualTo(new User("alice", "alice", false));
        });
        assertThat(recorder.events.getFirst()).isEqualTo("ready cogbot");
    }

    @Test
    void everyoneTypingIsAMemberOfTheConsolesOneRoomWhoMayDoAnything() throws Exception {
        ConsoleTransport console = scripted("!hush\n/as bob\n!hush\n");
        Recorder recorder = run(console);

        assertThat(recorder.messages).hasSize(2).allSatisfy(m -> {
            assertThat(m.channel().guild()).isEqualTo(console.room());
            assertThat(m.channel().isPrivate()).isFalse();
            assertThat(m.member().permissions()).contains(Permission.MANAGE_MESSAGES, Permission.ADMINISTRATOR);
        });
        assertThat(recorder.messages).extracting(m -> m.member().displayName()).containsExactly("alice", "bob");
    }

    @Test
    void theBotMayDoAnythingInTheConsolesRoomToo() {
        ConsoleTransport console = scripted("");

        assertThat(console.botPermissions(console.general())).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void whoeverTypesMayDoAnythingInTheConsolesRoom() {
        ConsoleTransport console = scripted("");
        MemberRef bob = MemberRef.of(new User("2", "bob", false), "bob", Set.of());

        assertThat(console.memberPermissions(console.general(), bob)).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void aReactLineIsTheSpeakersReactionToThatMessage() throws Exception {
        Recorder recorder = run(scripted("hi\n/as bob\n/react 1 👍\n"));

        assertThat(recorder.transportEvents).singleElement().isInstanceOfSatisfying(TransportEvent.ReactionAdded.class, r -> {
            assertThat(r.messageId()).isEqualTo("1");
            assertThat(r.emoji()).isEqualTo("👍");
            assertThat(r.user().name()).isEqualTo("bob");
            assertThat(r.member().displayName()).isEqualTo("bob");
        });
        assertThat(outputLines()).contains("#general bob reacted 👍 to message 1");
    }

    @Test
    void theBotsOwnReactionIsAnEventAsOnDiscord() throws Exception {
        Recorder recorder = new Recorder();
        ConsoleTransport console = new ConsoleTransport(new ByteArrayInputStream(new byte[0]), out, "alice", false);
        opened.add(console);
        console.start(recorder);
        IncomingMessage sent = console.send(console.general(), Draft.of("Quiet, please"));

        console.addReaction(console.general(), sent.id(), "🔇");

        assertThat(recorder.transportEvents).contains(
                new TransportEvent.ReactionAdded(console.general(), sent.id(), "🔇", ConsoleTransport.BOT, null));
    }

    @Test
    void theBotsOwnEditAndDeletionAreEventsAsOnDiscord() throws Exception {
        Recorder recorder = new Recorder();
        ConsoleTransport console = new ConsoleTransport(new ByteArrayInputStream(new byte[0]), out, "alice", false);
        opened.add(console);
        console.start(recorder);
        IncomingMessage sent = console.send(console.general(), Draft.of("Counting…"));

        IncomingMessage edited = console.edit(console.general(), sent.id(), Draft.of("Counted: 5"));
        console.delete(console.general(), sent.id());

        assertThat(recorder.transportEvents).containsExactly(new TransportEvent.MessageEdited(edited),
                new TransportEvent.MessageDeleted(console.general(), sent.id()));
    }

    @Test
    void aMessagesButtonsArePrintedAsTextUnderIt() throws Exception {
        ConsoleTransport console = new ConsoleTransport(new ByteArrayInputStream(new byte[0]), out, "alice", false);
        opened.add(console);
        console.start(new Recorder());

        console.send(console.general(), Draft.of("Lunch?").withRow(Button.success("lunch:yes", "Yes"),
                Button.danger("lunch:no", "No").asDisabled()));

        assertThat(outputLines()).containsSubsequence("#general <cogbot> Lunch?", "                  [Yes] [No (disabled)]");
    }

    @Test
    void theBotCannotReactToAMessageThereIsNot() {
        ConsoleTransport console = scripted("");

        assertThatThrownBy(() -> console.addReaction(console.general(), "9", "👍"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("cannot react to message 9 in #general: the console remembers only its last 1000 messages");
    }

    @Test
    void aUsersReactionIsStoredSoReactorsAndTheFetchedMessageShowIt() throws Exception {
        ConsoleTransport console = scripted("/as bob\n/react 1 👍\n");
        IncomingMessage poll = console.send(console.general(), Draft.of("Lunch?"));
        console.addReaction(console.general(), poll.id(), "👍");

        run(console);

        assertThat(console.reactors(console.general(), poll.id(), "👍"))
                .containsExactly(ConsoleTransport.BOT, new User("bob", "bob", false));
        assertThat(console.fetchMessage(console.general(), poll.id()).orElseThrow().details().reactions())
                .containsExactly(new Reaction("👍", 2, true));
    }

    @Test
    void aTypedCustomEmojiIsTheSameReactionAsItsNameAndId() throws Exception {
        ConsoleTransport console = scripted("hi\n/react 1 <a:dance:456>\n");
        Recorder recorder = run(console);
        console.addReaction(console.general(), "1", "dance:456");

        assertThat(recorder.transportEvents).first().isInstanceOfSatisfying(TransportEvent.ReactionAdded.class,
                r -> assertThat(r.emoji()).isEqualTo("dance:456"));
        assertThat(console.reactors(console.general(), "1", "<:dance:456>"))
                .containsExactly(new User("alice", "alice", false), ConsoleTransport.BOT);
    }

    @Test
    void aReactionToAMessageThereIsNotIsRefusedInOneLine() throws Exception {
        Recorder recorder = run(scripted("/react 7 👍\n"));

        assertThat(recorder.transportEvents).isEmpty();
        assertThat(outputLines()).containsExactly("cannot react to message 7: there is no such message "
                + "(messages are numbered from 1; the console remembers its last 1000)");
    }

    @Test
    void reactingTwiceIsOneReaction() throws Exception {
        Recorder recorder = run(scripted("hi\n/react 1 👍\n/react 1 👍\n"));

        assertThat(recorder.transportEvents).hasSize(1);
        assertThat(outputLines()).contains("alice already reacted 👍 to message 1");
    }

    @Test
    void anUnreactLineTakesTheReactionBack() throws Exception {
        ConsoleTransport console = scripted("hi\n/react 1 👍\n/unreact 1 👍\n");
        Recorder recorder = run(console);

        assertThat(recorder.transportEvents).last().isInstanceOfSatisfying(TransportEvent.ReactionRemoved.class, r -> {
            assertThat(r.user().name()).isEqualTo("alice");
            assertThat(r.member()).as("Discord sends no member with a removal").isNull();
        });
        assertThat(console.reactors(console.general(), "1", "👍")).isEmpty();
    }

    @Test
    void anEditLineIsTheMessageReadingTheNewText() throws Exception {
        Recorder recorder = run(scripted("helo\n/edit 1 hello\n"));

        assertThat(recorder.transportEvents).singleElement().isInstanceOfSatisfying(TransportEvent.MessageEdited.class,
                e -> assertThat(e.message()).extracting(IncomingMessage::id, IncomingMessage::content).containsExactly("1", "hello"));
        assertThat(outputLines()).contains("#general alice edited message 1: hello");
    }

    @Test
    void anEditLineForSomeoneElsesMessageIsRefusedInOneLine() throws Exception {
        ConsoleTransport console = scripted("hi\n/as bob\n/edit 1 bye\n");
        Recorder recorder = run(console);

        assertThat(recorder.transportEvents).isEmpty();
        assertThat(console.fetchMessage(console.general(), "1").orElseThrow().content()).isEqualTo("hi");
        assertThat(outputLines()).contains("cannot edit message 1: it is alice's, and bob may edit only their own (/as alice first)");
    }

    @Test
    void anEditLineCannotChangeTheBotsMessage() throws Exception {
        ConsoleTransport console = scripted("/edit 1 hacked\n");
        console.send(console.general(), Draft.of("Knock knock!"));
        Recorder recorder = run(console);

        assertThat(recorder.transportEvents).isEmpty();
        assertThat(console.fetchMessage(console.general(), "1").orElseThrow().content()).isEqualTo("Knock knock!");
        assertThat(outputLines()).contains("cannot edit message 1: it is cogbot's, and alice may edit only their own");
    }

    @Test
    void anEditLineForAMessageThereIsNotMakesNone() throws Exception {
        ConsoleTransport console = scripted("/edit 5 hello\n");
        Recorder recorder = run(console);

        assertThat(recorder.transportEvents).isEmpty();
        assertThat(console.fetchMessage(console.general(), "5")).isEmpty();
        assertThat(outputLines()).containsExactly("cannot edit message 5: there is no such message "
                + "(messages are numbered from 1; the console remembers its last 1000)");
    }

    @Test
    void aDeleteLineForSomeoneElsesMessageIsRefusedInOneLine() throws Exception {
        ConsoleTransport console = scripted("hi\n/as bob\n/delete 1\n");
        Recorder recorder = run(console);

        assertThat(recorder.transportEvents).isEmpty();
        assertThat(console.fetchMessage(console.general(), "1")).isPresent();
        assertThat(outputLines()).contains("cannot delete message 1: it is alice's, and bob may delete only their own (/as alice first)");
    }

    @Test
    void aDeleteLineDeletesThatMessage() throws Exception {
        ConsoleTransport console = scripted("oops\n/delete 1\n");
        Recorder recorder = run(console);

        assertThat(recorder.transportEvents).containsExactly(new TransportEvent.MessageDeleted(console.general(), "1"));
        assertThat(console.fetchMessage(console.general(), "1")).isEmpty();
    }

    @Test
    void aConsoleEventInAScriptIsAnsweredBeforeTheNextLine() throws Exception {
        Recorder recorder = run(scripted("hi\n/react 1 👍\nnext\n"));

        assertThat(recorder.events).containsExactly("ready cogbot", "message 1", "await idle",
                "event ReactionAdded", "await idle", "message 2", "await idle", "input closed");
    }

    @Test
    void readsUtf8() throws Exception {
        Recorder recorder = run(scripted("Grüß dich 👋\n"));

        assertThat(recorder.messages).extracting(IncomingMessage::content).containsExactly("Grüß dich 👋");
        assertThat(outputLines()).containsExactly("#general <alice> Grüß dich 👋");
    }

    @Test
    void scriptedModeEchoesEachMessageAndWaitsForIdleAfterIt() throws Exception {
        Recorder recorder = run(scripted("!joke\n/help\nwho?\n"));

        assertThat(recorder.events).containsExactly(
                "ready cogbot", "message 1", "await idle", "message 2", "await idle", "input closed");
        assertThat(outputLines()).startsWith("#general <alice> !joke").contains("#general <alice> who?");
    }

    @Test
    void aReplyAppearsBeforeTheNextScriptedLine() throws Exception {
        ConsoleTransport console = scripted("!joke\nwho's there?\n");
        Recorder recorder = new Recorder();
        Queue<Thread> commands = new ConcurrentLinkedQueue<>();
        // Like the runtime: each message is handled on a thread of its own, and idle means they have finished.
        recorder.onMessage = m -> commands.add(Thread.ofVirtual().start(
                () -> console.send(m.channel(), Draft.of("re: " + m.content()))));
        recorder.onAwaitIdle = () -> {
            for (Thread command; (command = commands.poll()) != null; ) {
                try {
                    command.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };

        console.start(recorder);
        recorder.awaitInputClosed();

        assertThat(outputLines()).containsExactly(
                "#general <alice> !joke",
                "#general <cogbot> re: !joke",
                "#general <alice> who's there?",
                "#general <cogbot> re: who's there?");
    }

    @Test
    void interactiveModeNeitherEchoesNorWaitsForIdle() throws Exception {
        ConsoleTransport console = console(
                new ByteArrayInputStream("!joke\n/as bob\nhi\n".getBytes(StandardCharsets.UTF_8)), true, List.of());

        Recorder recorder = run(console);

        assertThat(console.interactive()).isTrue();
        assertThat(recorder.events).containsExactly("ready cogbot", "message 1", "message 2", "input closed");
        assertThat(recorder.messages).extracting(m -> m.author().name()).containsExactly("alice", "bob");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("cogbot is online in #general; you are alice. /help lists console commands.")
                .doesNotContain("#general <alice> !joke");
    }

    @Test
    void asSwitchesTheAuthorAndAsAloneSwitchesBack() throws Exception {
        ConsoleTransport console = scripted("one\n/as bob\ntwo\n/as\nthree\n/as bob\n/as alice\nfour\n");

        Recorder recorder = run(console);

        assertThat(recorder.messages).extracting(IncomingMessage::author).containsExactly(
                new User("alice", "alice", false),
                new User("bob", "bob", false),
                new User("alice", "alice", false),
                new User("alice", "alice", false));
        assertThat(outputLines()).contains(
                "speaking as bob (not an owner); /as alone switches back to alice",
                "#general <bob> two",
                "speaking as alice again");
        assertThat(console.ownerIds()).containsExactly("alice");
    }

    @Test
    void nobodyCanSpeakAsTheBot() throws Exception {
        Recorder recorder = run(scripted("/as cogbot\nhi\n"));

        assertThat(recorder.messages).extracting(m -> m.author().name()).containsExactly("alice");
        assertThat(outputLines()).startsWith("cogbot is the bot's own name; pick another");
    }

    @Test
    void aDoubleSlashSendsATextStartingWithOneSlash() throws Exception {
        Recorder recorder = run(scripted("//shrug\n"));

        assertThat(recorder.messages).extracting(IncomingMessage::content).containsExactly("/shrug");
        assertThat(outputLines()).containsExactly("#general <alice> /shrug");
    }

    @Test
    void pluginsPrintsTheSuppliedLines() throws Exception {
        ConsoleTransport console = console(new ByteArrayInputStream("/plugins\n".getBytes(StandardCharsets.UTF_8)),
                false, List.of("jokes 1.0.0: !joke, !lightbulb", "hush 1.0.0: !hush"));

        Recorder recorder = run(console);

        assertThat(outputLines()).containsExactly("jokes 1.0.0: !joke, !lightbulb", "hush 1.0.0: !hush");
        assertThat(recorder.messages).isEmpty();
    }

    @Test
    void pluginsSaysWhenThereAreNone() throws Exception {
        run(scripted("/plugins\n"));

        assertThat(outputLines()).containsExactly("no plugins loaded");
    }

    @Test
    void helpListsTheConsoleCommandsAndPointsAtTheBotsHelp() throws Exception {
        run(scripted("/help\n"));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("/as NAME", "/plugins", "/help", "/quit", "//text", "!help");
    }

    @Test
    void anUnknownConsoleCommandSaysSoInOneLine() throws Exception {
        Recorder recorder = run(scripted("/dance now\n"));

        assertThat(outputLines()).containsExactly("unknown console command /dance; /help lists them");
        assertThat(recorder.messages).isEmpty();
    }

    @Test
    void endOfInputCallsOnInputClosedExactlyOnce() throws Exception {
        Recorder recorder = run(scripted("hi\n"));

        assertThat(recorder.inputClosedCalls).hasValue(1);
        assertThat(recorder.events.getLast()).isEqualTo("input closed");
    }

    @Test
    void quitStopsReadingAndClosesInputOnce() throws Exception {
        Recorder recorder = run(scripted("hi\n/quit\nnot read\n"));

        assertThat(recorder.messages).extracting(IncomingMessage::content).containsExactly("hi");
        assertThat(recorder.inputClosedCalls).hasValue(1);
    }

    @Test
    void closeStopsReadingWithoutOnInputClosed() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        ConsoleTransport console = console(new PipedInputStream(typing), false, List.of());
        Recorder recorder = new Recorder();
        CountDownLatch firstMessage = new CountDownLatch(1);
        recorder.onMessage = m -> firstMessage.countDown();
        console.start(recorder);
        typing.write("hi\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        assertThat(firstMessage.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        console.close();
        console.close();

        assertThat(console.awaitReaderStopped(WAIT)).isTrue();
        assertThat(recorder.inputClosedCalls).hasValue(0);
        assertThat(recorder.messages).hasSize(1);
    }

    @Test
    void startTwiceIsAnError() throws Exception {
        ConsoleTransport console = scripted("");
        run(console);

        assertThatThrownBy(() -> console.start(new Recorder()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the console transport was already started");
    }

    @Test
    void sendPrintsAndReturnsTheMessageWithTheNextId() throws Exception {
        ConsoleTransport console = scripted("hi\n");
        run(console); // message 1

        IncomingMessage sent = console.send(console.general(), Draft.of("Knock knock!"));

        assertThat(sent).isEqualTo(new IncomingMessage("2", console.general(), ConsoleTransport.BOT, "Knock knock!"));
        assertThat(console.send(console.general(), Draft.of("again")).id()).isEqualTo("3");
        assertThat(outputLines()).containsExactly(
                "#general <alice> hi", "#general <cogbot> Knock knock!", "#general <cogbot> again");
    }

    @Test
    void reactionsTypingAndPresencePrintOneLineEach() {
        ConsoleTransport console = scripted("");
        IncomingMessage sent = console.send(console.general(), Draft.of("Quiet"));

        console.addReaction(console.general(), sent.id(), "🔇");
        console.removeReaction(console.general(), sent.id(), "🔇");
        console.sendTyping(console.general());
        console.setPresence(Activity.playing("Jokes told: 3"));
        console.setPresence(Activity.listening("the radio"));

        assertThat(outputLines()).containsExactly(
                "#general <cogbot> Quiet",
                "#general cogbot reacted 🔇 to message 1",
                "#general cogbot removed 🔇 from message 1",
                "#general cogbot is typing…",
                "cogbot is now playing: Jokes told: 3",
                "cogbot is now listening to: the radio");
    }

    @Test
    void concurrentSendsPrintWholeLines() throws Exception {
        ConsoleTransport console = scripted("");
        int threads = 50;
        int perThread = 10; // within what the console remembers, so each reaction has its message
        String padding = "x".repeat(300);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(executor.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        IncomingMessage sent = console.send(console.general(), Draft.of("t" + thread + " m" + i + " " + padding));
                        console.addReaction(console.general(), sent.id(), "👍");
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }

        List<String> lines = outputLines();
        assertThat(lines).hasSize(threads * perThread * 2);
        assertThat(lines).allSatisfy(line -> assertThat(line).matches(
                "#general <cogbot> t\\d+ m\\d+ x{300}|#general cogbot reacted 👍 to message \\d+"));
        assertThat(lines.stream().filter(l -> l.startsWith("#general <cogbot>")).distinct()).hasSize(threads * perThread);
    }

    @Test
    void ownersAreTheLocalUserOnly() {
        ConsoleTransport console = scripted("");

        assertThat(console.ownerIds()).containsExactly("alice");
        assertThat(console.localUser()).isEqualTo(new User("alice", "alice", false));
        assertThat(console.name()).isEqualTo("console");
    }

    @Test
    void theRoomIsOwnedByTheLocalUser() {
        ConsoleTransport console = scripted("");

        assertThat(console.room().ownerId()).isEqualTo("alice");
        assertThat(console.general().guild()).isEqualTo(console.room());
        assertThat(console.channels(console.room())).containsExactly(console.general());
        assertThat(console.channel("general")).contains(console.general());
        assertThat(console.roles(console.room())).isEmpty();
    }

    @Test
    void aMemberIsFoundByNameAmongWhoeverTypedHere() throws Exception {
        ConsoleTransport console = scripted("/as bob\nhi\n/as carol\n");
        run(console);

        assertThat(console.membersNamed(console.room(), "bob")).extracting(m -> m.user().id()).containsExactly("bob");
        assertThat(console.membersNamed(console.room(), "carol")).isEmpty();
        assertThat(console.membersNamed(console.room(), "Bob")).isEmpty();
    }

    @Test
    void theMembersAreTheLocalUserAndWhoeverTypedAsSomeoneElse() throws Exception {
        ConsoleTransport console = scripted("/as bob\nhi\n/as carol\n");
        run(console);

        assertThat(console.members(console.room())).extracting(m -> m.user().name()).containsExactly("alice", "bob");
        assertThat(console.member(console.room(), "bob")).hasValueSatisfying(
                m -> assertThat(m.permissions()).contains(Permission.MANAGE_MESSAGES));
        assertThat(console.member(console.room(), "carol")).isEmpty();
        assertThat(console.user("bob")).contains(new User("bob", "bob", false));
        assertThat(console.user("cogbot")).contains(ConsoleTransport.BOT);
    }

    @Test
    void aSentMessageCanBeFetchedEditedAndDeleted() throws Exception {
        ConsoleTransport console = scripted("hi\n");
        run(console); // message 1
        IncomingMessage sent = console.send(console.general(), Draft.of("Counting…"));

        IncomingMessage edited = console.edit(console.general(), sent.id(), Draft.of("Counted: 5"));
        assertThat(console.fetchMessage(console.general(), sent.id())).contains(edited);
        console.delete(console.general(), sent.id());

        assertThat(edited.content()).isEqualTo("Counted: 5");
        assertThat(console.fetchMessage(console.general(), sent.id())).isEmpty();
        assertThat(outputLines()).containsExactly(
                "#general <alice> hi",
                "#general <cogbot> Counting…",
                "#general cogbot edited message 2: Counted: 5",
                "#general cogbot deleted message 2");
    }

    @Test
    void whatATypedMessageSaidCanBeFetched() throws Exception {
        ConsoleTransport console = scripted("hello there\n");
        run(console);

        assertThat(console.fetchMessage(console.general(), "1")).hasValueSatisfying(m -> {
            assertThat(m.content()).isEqualTo("hello there");
            assertThat(m.author().name()).isEqualTo("alice");
        });
    }

    @Test
    void onlyTheBotsOwnMessagesCanBeEdited() throws Exception {
        ConsoleTransport console = scripted("hi\n");
        run(console);

        assertThatThrownBy(() -> console.edit(console.general(), "1", Draft.of("changed")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot edit message 1: the bot can edit only its own messages");
    }

    @Test
    void aMessageTheConsoleNoLongerRemembersCannotBeDeleted() {
        ConsoleTransport console = scripted("");

        assertThatThrownBy(() -> console.delete(console.general(), "77"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("cannot delete message 77 in #general: the console remembers only its last 1000 messages");
    }

    @Test
    void theConsoleForgetsAllButTheLastThousandMessages() {
        ConsoleTransport console = scripted("");
        IncomingMessage first = console.send(console.general(), Draft.of("first"));
        for (int i = 0; i < ConsoleMemory.CAPACITY; i++) {
            console.send(console.general(), Draft.of("more"));
        }

        assertThat(console.fetchMessage(console.general(), first.id())).isEmpty();
        assertThat(console.fetchMessage(console.general(), Integer.toString(ConsoleMemory.CAPACITY + 1))).isPresent();
    }

    @Test
    void theBotIsTheOnlyOneWhoReactsOnTheConsole() {
        ConsoleTransport console = scripted("");
        IncomingMessage poll = console.send(console.general(), Draft.of("Lunch?"));

        console.addReaction(console.general(), poll.id(), "👍");

        assertThat(console.reactors(console.general(), poll.id(), "👍")).containsExactly(ConsoleTransport.BOT);
        assertThat(console.reactors(console.general(), poll.id(), "👎")).isEmpty();
        assertThat(console.fetchMessage(console.general(), poll.id()).orElseThrow().details().reactions())
                .containsExactly(new Reaction("👍", 1, true));
    }

    @Test
    void aTypedMentionNamesTheUser() throws Exception {
        Recorder recorder = run(scripted("/as bob\nhi\n/as\nthanks <@bob>, @here\n"));

        assertThat(recorder.messages.getLast().details()).satisfies(d -> {
            assertThat(d.mentions()).containsExactly(new User("bob", "bob", false));
            assertThat(d.mentionsEveryone()).isTrue();
        });
    }
}
