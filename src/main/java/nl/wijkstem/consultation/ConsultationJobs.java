package nl.wijkstem.consultation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The consultations' timed step: those who answered hear that the results are out when
 * the results moment passes. Tests switch it off
 * ({@code wijkstem.consultation.jobs=false}) and call the step themselves, as the clock
 * they move is shared. It runs on one node at a time ({@code @SchedulerLock}), and each
 * consultation is announced once in any case.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wijkstem.consultation.jobs", havingValue = "true", matchIfMissing = true)
class ConsultationJobs {

	private final ResultsAnnouncer announcer;

	ConsultationJobs(ResultsAnnouncer announcer) {
		this.announcer = announcer;
	}

	@Scheduled(fixedDelayString = "${wijkstem.consultation.announce-every:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "consultation-announce-due-results")
	void announceDueResults() {
		announcer.announceDue();
	}

}
