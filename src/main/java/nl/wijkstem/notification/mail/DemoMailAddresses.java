package nl.wijkstem.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.security.DemoAccountsProperties;
import nl.wijkstem.base.security.DemoSeeding;
import nl.wijkstem.base.security.LoginProfiles;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Confirmed e-mail addresses for the demo residents, so a newcomer sees the mail a notice
 * becomes under Beheer &gt; Verzonden e-mail: Kees gets every kind of notice at once,
 * Fatima keeps the defaults (news about her own ideas at once, the rest in a weekly
 * digest). Only an address row that does not exist yet is written, so what a visitor
 * changed under Mijn gegevens survives a restart. Tests switch it off
 * ({@code wijkstem.mail.demo-addresses=false}) and give residents addresses themselves.
 */
@Component
@Profile(LoginProfiles.DEMO)
@ConditionalOnBooleanProperty(name = "wijkstem.mail.demo-addresses", matchIfMissing = true)
class DemoMailAddresses {

	/** A demo resident's mailbox; {@code everythingAtOnce}: every kind immediately. */
	record Mailbox(String username, String address, boolean everythingAtOnce) {
	}

	static final List<Mailbox> MAILBOXES = List.of(new Mailbox("kees", "kees@westwijk.example", true),
			new Mailbox("fatima", "fatima@westwijk.example", false));

	private static final Logger log = LoggerFactory.getLogger(DemoMailAddresses.class);

	private final AccountService accounts;

	private final DemoAccountsProperties demo;

	private final NoticePreferences preferences;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DemoSeeding seeding;

	DemoMailAddresses(AccountService accounts, DemoAccountsProperties demo, NoticePreferences preferences,
			JdbcClient jdbc, Clock clock, DemoSeeding seeding) {
		this.accounts = accounts;
		this.demo = demo;
		this.preferences = preferences;
		this.jdbc = jdbc;
		this.clock = clock;
		this.seeding = seeding;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		// creating (or finding) the demo residents' accounts is for administrators
		seeding.run(this::seedAddresses);
	}

	private void seedAddresses() {
		int added = 0;
		for (Mailbox mailbox : MAILBOXES) {
			String name = demo.accounts()
				.stream()
				.filter(account -> account.username().equals(mailbox.username()))
				.map(DemoAccountsProperties.DemoAccount::displayName)
				.findFirst()
				.orElse(null);
			if (name == null) {
				continue;
			}
			Long account = accounts.demoResident(mailbox.username(), name);
			Timestamp now = Timestamp.from(clock.instant());
			int inserted = jdbc.sql("""
					insert into email_address (version, account_id, address, source, confirmed_at, language, created_at)
					select 0, :account, :address, 'RESIDENT', :now, 'nl', :now
					where not exists (select 1 from email_address where account_id = :account)""")
				.param("account", account)
				.param("address", mailbox.address())
				.param("now", now)
				.update();
			if (inserted > 0 && mailbox.everythingAtOnce()) {
				for (NoticeKind kind : NoticeKind.values()) {
					preferences.set(account, kind, Cadence.IMMEDIATELY);
				}
			}
			added += inserted;
		}
		if (added > 0) {
			log.info(
					"Demo residents have confirmed e-mail addresses; their mail is kept under Beheer > Verzonden e-mail");
		}
	}

}
