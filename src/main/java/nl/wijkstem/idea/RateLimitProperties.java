package nl.wijkstem.idea;

import java.util.List;

import nl.wijkstem.base.security.RateLimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one resident may act within sliding windows, each written
 * {@code actions/window} ({@code 5/1h}); several limits are separated by commas and all
 * apply. The defaults leave room for an active resident and stop a script or a stuck
 * button from flooding the moderators.
 *
 * @param ideas ideas sent in (drafts are capped separately)
 * @param comments comments and replies placed
 * @param reports ideas and comments reported to the moderators
 */
@ConfigurationProperties("wijkstem.rate-limits")
record RateLimitProperties(@DefaultValue( {
		"5/1h", "20/1d" }) List<RateLimit> ideas, @DefaultValue("20/10m") List<RateLimit> comments,
		@DefaultValue("10/1h") List<RateLimit> reports){

}
