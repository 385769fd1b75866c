/** The boundary between the runtime and the chat networks it talks on. */
package dev.cogbot.runtime.transport;
