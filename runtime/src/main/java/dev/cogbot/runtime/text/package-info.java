/**
 * Plain-text layout shared by the CLI, the console and chat replies ({@link dev.cogbot.runtime.text.TextTable}).
 * Depends on nothing else of the runtime, so any package may use it.
 */
package dev.cogbot.runtime.text;
