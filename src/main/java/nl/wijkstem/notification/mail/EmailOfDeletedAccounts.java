package nl.wijkstem.notification.mail;

import jakarta.annotation.security.PermitAll;
import nl.wijkstem.account.AccountDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes everything e-mail keeps about a person when they delete their account, in the
 * deletion's own transaction: the address, the choices, what they follow, their digest
 * items and every mail still waiting or already sent, and the captured copies of mails to
 * them. Most rows would go with the account through {@code on delete cascade}; the
 * captured copies would not (they only lose their link to the outbox row), and naming
 * every table here keeps the deletion visible in one place.
 */
@Component
class EmailOfDeletedAccounts {

	private final JdbcClient jdbc;

	EmailOfDeletedAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@PermitAll
	@Transactional
	public void on(AccountDeleted deleted) {
		Long account = deleted.accountId();
		jdbc.sql("delete from sent_mail where outbox_id in (select id from email_outbox where account_id = :account)")
			.param("account", account)
			.update();
		for (String table : new String[] { "digest_item", "email_outbox", "follow", "notice_preference",
				"email_address" }) {
			jdbc.sql("delete from " + table + " where account_id = :account").param("account", account).update();
		}
	}

}
