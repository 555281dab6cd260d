package nl.wijkstem.voting;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The rounds' timed steps: results are published when their moment passes, and ballots
 * lose their link to accounts when the retention period has passed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class VotingJobs {

	private final ResultsService results;

	VotingJobs(ResultsService results) {
		this.results = results;
	}

	@Scheduled(fixedDelayString = "${wijkstem.voting.publish-every:PT1M}", initialDelayString = "PT30S")
	void publishDueResults() {
		results.publishDue();
	}

	@Scheduled(cron = "${wijkstem.voting.anonymise-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
	void anonymiseExpiredBallots() {
		results.anonymiseExpired();
	}

}
