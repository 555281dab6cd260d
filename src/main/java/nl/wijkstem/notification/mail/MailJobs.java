package nl.wijkstem.notification.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox worker's schedule, on one node at a time, so the per-minute limit holds for
 * the installation. Tests switch it off ({@code wijkstem.mail.jobs=false}) and call
 * {@link MailWorker#sendDue()} themselves, as the clock they move is shared.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wijkstem.mail.jobs", havingValue = "true", matchIfMissing = true)
class MailJobs {

	private final MailWorker worker;

	MailJobs(MailWorker worker) {
		this.worker = worker;
	}

	@Scheduled(fixedDelayString = "${wijkstem.mail.send-every:PT10S}", initialDelayString = "PT20S")
	@SchedulerLock(name = "mail-send", lockAtMostFor = "PT5M")
	void sendDue() {
		worker.sendDue();
	}

}
