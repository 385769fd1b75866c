package dev.cogbot.discordfake;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;

/** A bot answering slash commands, buttons, selects and autocompletes the ways a cog would. */
final class InteractionBot extends ListenerAdapter {

    static final List<String> FRUITS = List.of("apple", "apricot", "banana");

    /** Holds the {@code /late} answer until the test has moved the fake's clock past the deadline. */
    final CountDownLatch lateGate = new CountDownLatch(1);
    /** How {@code /late}'s reply failed. */
    final CompletableFuture<Throwable> lateFailure = new CompletableFuture<>();

    static List<CommandData> commands() {
        return List.of(
                Commands.slash("echo", "Repeats the text")
                        .addOption(OptionType.STRING, "text", "what to repeat", true)
                        .addOption(OptionType.INTEGER, "times", "how often", true)
                        .addOption(OptionType.USER, "who", "for whom", false)
                        .addOption(OptionType.CHANNEL, "where", "which channel", false)
                        .addOption(OptionType.ROLE, "role", "which role", false),
                Commands.slash("slow", "Thinks, then answers"),
                Commands.slash("slowfollow", "Thinks, then answers with a follow-up"),
                Commands.slash("secret", "Answers only you"),
                Commands.slash("follow", "Answers twice"),
                Commands.slash("menu", "Offers buttons and a select"),
                Commands.slash("late", "Answers too late"),
                Commands.slash("silent", "Never answers"),
                Commands.slash("fruit", "Picks a fruit")
                        .addOption(OptionType.STRING, "name", "which fruit", true, true));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        switch (event.getName()) {
            case "echo" -> {
                OptionMapping times = event.getOption("times");
                event.reply(event.getOption("text").getAsString().repeat(times.getAsInt())).queue();
            }
            case "slow" -> {
                event.deferReply().queue();
                event.getHook().editOriginal("done thinking").queue();
            }
            case "slowfollow" -> {
                event.deferReply().queue();
                event.getHook().sendMessage("thought it through").queue();
            }
            case "secret" -> event.reply("for your eyes only").setEphemeral(true).queue();
            case "follow" -> {
                event.reply("first").queue();
                event.getHook().sendMessage("second").queue();
            }
            case "menu" -> event.reply("pick")
                    .addComponents(ActionRow.of(Button.primary("like", "Like"), Button.link("https://example.org", "Site")),
                            ActionRow.of(StringSelectMenu.create("fruits").addOption("Apple", "apple")
                                    .addOption("Pear", "pear").setMaxValues(2).build()))
                    .queue();
            case "late" -> {
                try {
                    lateGate.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                event.reply("sorry").queue(ok -> lateFailure.complete(null), lateFailure::complete);
            }
            default -> {
                // "silent" and the rest: no answer
            }
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        event.editMessage("liked by " + event.getUser().getName()).setComponents().queue();
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        event.deferEdit().queue();
        event.getHook().editOriginal("picked " + String.join(",", event.getValues())).queue();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        event.replyChoiceStrings(FRUITS.stream().filter(f -> f.startsWith(typed)).toList()).queue();
    }
}
