package nl.wijkstem.voting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The rounds' timed steps: voting's opening is announced and results are published when
 * their moments pass, and ballots lose their link to accounts when the retention period
 * has passed. Tests switch them off ({@code wijkstem.voting.jobs=false}) and call the
 * steps themselves, as the clock they move is shared. Each runs on one node at a time
 * ({@code @SchedulerLock}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wijkstem.voting.jobs", havingValue = "true", matchIfMissing = true)
class VotingJobs {

	private final ResultsService results;

	private final RoundOpenings openings;

	VotingJobs(ResultsService results, RoundOpenings openings) {
		this.results = results;
		this.openings = openings;
	}

	@Scheduled(fixedDelayString = "${wijkstem.voting.publish-every:PT1M}", initialDelayString = "PT20S")
	@SchedulerLock(name = "voting-announce-openings")
	void announceOpenings() {
		openings.announceDue();
	}

	@Scheduled(fixedDelayString = "${wijkstem.voting.publish-every:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "voting-publish-due-results")
	void publishDueResults() {
		results.publishDue();
	}

	@Scheduled(cron = "${wijkstem.voting.anonymise-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "voting-anonymise-expired-ballots")
	void anonymiseExpiredBallots() {
		results.anonymiseExpired();
	}

}
