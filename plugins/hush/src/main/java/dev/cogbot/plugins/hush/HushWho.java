package dev.cogbot.plugins.hush;

/** Who may start and end a hush: setting {@code hush.who}. */
enum HushWho {
    /** Members who may manage messages where the hush is said, and the bot's owners. The default. */
    MODERATORS,
    /** Anyone: the tutorial's hush. */
    EVERYONE
}
