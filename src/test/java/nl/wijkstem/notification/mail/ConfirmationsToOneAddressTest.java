package nl.wijkstem.notification.mail;

import java.time.Duration;
import java.util.Map;

import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several accounts cannot mail one stranger many times over, each within its own limit:
 * confirmation mails to one address are limited whoever asks, in any case of letters.
 */
@ApplicationTest
class ConfirmationsToOneAddressTest {

	@Autowired
	EmailAddresses addresses;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TestClock clock;

	@Autowired
	MailWorker worker;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		clock.reset();
	}

	@Test
	void threeAccountsMayAskWithinAnHour_aFourthWaits() {
		String stranger = "vreemde." + System.nanoTime() + "@example.org";
		for (int account = 1; account <= 3; account++) {
			ResidencyTestSupport.signInAsNewResident(events, "Bommer " + account, Map.of());
			addresses.request(account == 2 ? stranger.toUpperCase(java.util.Locale.ROOT) : stranger, Languages.DUTCH);
		}
		ResidencyTestSupport.signInAsNewResident(events, "Bommer 4", Map.of());
		assertThatThrownBy(() -> addresses.request(stranger, Languages.DUTCH)).isInstanceOf(Rejection.class)
			.extracting(rejected -> ((Rejection) rejected).messageKey())
			.isEqualTo("rateLimit.confirmationsToAddress");
		addresses.request("eigen." + System.nanoTime() + "@example.org", Languages.DUTCH);

		clock.moveBy(Duration.ofHours(1).plusSeconds(1));
		addresses.request(stranger, Languages.DUTCH);
		assertThat(addresses.myAddress().orElseThrow().pending()).isEqualTo(stranger);
		// sent while the clock is moved: they would fall due in another test that moves
		// it
		while (worker.sendDue() > 0) {
			// drain
		}
	}

}
