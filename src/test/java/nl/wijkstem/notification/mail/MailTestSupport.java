package nl.wijkstem.notification.mail;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives a test resident a confirmed address without the confirmation round trip, which
 * {@code EmailConfirmationTest} proves on its own.
 */

public class MailTestSupport {

	private final JdbcClient jdbc;

	public MailTestSupport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Also starts the resident without digest items: other tests in the same database
	 * leave them some.
	 */
	public void confirmedAddress(Long accountId, String address, String language) {
		jdbc.sql("delete from digest_item where account_id = :account").param("account", accountId).update();
		jdbc.sql("delete from email_address where account_id = :account").param("account", accountId).update();
		jdbc.sql("""
				insert into email_address (version, account_id, address, source, confirmed_at, language, created_at)
				values (0, :account, :address, 'RESIDENT', :now, :language, :now)""")
			.param("account", accountId)
			.param("address", address)
			.param("language", language)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	public void noAddress(Long accountId) {
		jdbc.sql("delete from email_address where account_id = :account").param("account", accountId).update();
	}

}
