package nl.wijkstem.consultation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.notification.NoticeView;
import nl.wijkstem.notification.NotificationService;
import nl.wijkstem.support.BundleWords;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A resident made for one test, signed in as the residency login signs them in. A test
 * that acts as someone else in between comes back to them to read what they see of their
 * own: their notices and their download of "my data".
 */
final class TestResident {

	private final Authentication session;

	private final Long accountId;

	private final AccountService accounts;

	private final NotificationService notifications;

	private TestResident(Authentication session, Long accountId, AccountService accounts,
			NotificationService notifications) {
		this.session = session;
		this.accountId = accountId;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	/** A new resident, signed in on this thread until someone else is. */
	static TestResident signIn(ApplicationContext context, String name) {
		// the context is the event publisher that records the sign-in
		Authentication session = ResidencyTestSupport.signInAsNewResident(context, name, Map.of());
		AccountService accounts = context.getBean(AccountService.class);
		return new TestResident(session, accounts.currentAccountId().orElseThrow(), accounts,
				context.getBean(NotificationService.class));
	}

	Long accountId() {
		return accountId;
	}

	/** Signs them in again on this thread, as their next request would be. */
	void resume() {
		SecurityContextHolder.getContext().setAuthentication(session);
	}

	/** Their notices; they stay signed in. */
	List<NoticeView> notices() {
		resume();
		return notifications.myNotices();
	}

	/** Their download of "my data" in Dutch; they stay signed in. */
	String myData() {
		resume();
		return new String(accounts.exportMyData(BundleWords.DUTCH.translator()), StandardCharsets.UTF_8);
	}

}
