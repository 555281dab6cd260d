package nl.wijkstem.voting;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long after the results are published ballots stay linked to the
 * accounts that cast them (for questions and checks); after that only the votes remain
 */
@ConfigurationProperties("wijkstem.voting")
record VotingProperties(@DefaultValue("P3M") Period retention) {
}
