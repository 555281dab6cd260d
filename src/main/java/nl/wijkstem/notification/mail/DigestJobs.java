package nl.wijkstem.notification.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The digests' schedule and the outbox's housekeeping, each on one node at a time. The
 * digest job looks every 15 minutes whether a digest is due (07:00 Dutch time), so a node
 * that was down at 07:00 catches up when it starts. Tests switch both off with the worker
 * ({@code wijkstem.mail.jobs=false}) and call {@link DigestJob#makeDue()} and
 * {@link MailHousekeeping#clean()} themselves, as the clock they move is shared.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wijkstem.mail.jobs", havingValue = "true", matchIfMissing = true)
class DigestJobs {

	private final DigestJob digests;

	private final MailHousekeeping housekeeping;

	DigestJobs(DigestJob digests, MailHousekeeping housekeeping) {
		this.digests = digests;
		this.housekeeping = housekeeping;
	}

	@Scheduled(cron = "${wijkstem.mail.digest-cron:0 0/15 * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "mail-digests", lockAtMostFor = "PT30M")
	void makeDigests() {
		digests.makeDue();
	}

	@Scheduled(cron = "${wijkstem.mail.housekeeping-cron:0 40 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "mail-housekeeping")
	void cleanUp() {
		housekeeping.clean();
	}

}
