package nl.wijkstem.moderation.bureau;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param idle how long a claim lasts after its holder last opened the item or took it
 * @param assignment how long an item given to a colleague stays theirs before they open
 * it (they may be out: a working day)
 */
@ConfigurationProperties("wijkstem.moderation.claims")
record ClaimProperties(@DefaultValue("30m") Duration idle, @DefaultValue("8h") Duration assignment) {
}
