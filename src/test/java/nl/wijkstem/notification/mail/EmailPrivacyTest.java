package nl.wijkstem.notification.mail;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.Languages;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.BundleWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address, its state, the choices, what is followed and the mails of the last 30 days
 * are part of the download of "my data", in the reader's words; deleting the account
 * leaves nothing of it behind, the mails still waiting included.
 */
@ApplicationTest
class EmailPrivacyTest {

	/** Every table that keeps e-mail data by account. */
	private static final List<String> TABLES = List.of("email_address", "notice_preference", "follow", "email_outbox",
			"digest_item");

	@Autowired
	AccountService accounts;

	@Autowired
	EmailAddresses addresses;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Branding branding;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDownloadHoldsTheAddressChoicesFollowsAndRecentMails_deletionLeavesNothing() {
		ResidencyTestSupport.signInAsNewResident(events, "Privacy Bewoner", Map.of());
		Long account = accounts.currentAccountId().orElseThrow();
		new MailTestSupport(jdbc).confirmedAddress(account, "privacy@example.org", "nl");
		addresses.request("privacy.nieuw@example.org", Languages.DUTCH);
		preferences.choose(NoticeKind.SUPPORTED, Cadence.DAILY);
		jdbc.sql("insert into follow (account_id, target_type, target_id, created_at) values (:a, 'IDEA', 12, :now)")
			.param("a", account)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		Long recent = sent(account, "recent", Instant.now().minus(Duration.ofDays(2)));
		sent(account, "old", Instant.now().minus(Duration.ofDays(40)));
		jdbc.sql("""
				insert into digest_item (idempotency_key, account_id, kind, cadence, payload, created_at)
				values (:key, :a, 'SUPPORTED', 'DAILY', :payload, :now)""")
			.param("key", "t:digest:" + account)
			.param("a", account)
			.param("payload", payload("digest"))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		jdbc.sql(
				"""
						insert into sent_mail (outbox_id, sender, recipient, subject, html, text, sent_at)
						values (:outbox, 'noreply@example.org', 'privacy@example.org', 'Je idee staat online', '<p>x</p>', 'x', :now)""")
			.param("outbox", recent)
			.param("now", Timestamp.from(Instant.now()))
			.update();

		JsonNode email = JsonMapper.builder()
			.build()
			.readTree(new String(accounts.exportMyData(BundleWords.DUTCH.translator()), StandardCharsets.UTF_8))
			.get("activity")
			.get("email");
		assertThat(email.get("address").asString()).isEqualTo("privacy@example.org");
		assertThat(email.get("pendingAddress").asString()).isEqualTo("privacy.nieuw@example.org");
		assertThat(email.get("status").asString()).isEqualTo("Bevestigd door jou");
		assertThat(email.get("language").asString()).isEqualTo("Nederlands");
		assertThat(email.get("choices")
			.valueStream()
			.map(choice -> choice.get("kindOfNotice").asString() + ": " + choice.get("howItReachesYou").asString()))
			.hasSize(NoticeKind.values().length)
			.contains("Ideeën die je steunt: Dagelijks: alles in een mail per dag",
					"Je ideeën en meldingen: Direct: een mail per bericht");
		assertThat(email.get("follows").get(0).get("what").asString()).isEqualTo("Idee");
		assertThat(email.get("sentLast30Days").valueStream().map(mail -> mail.get("subject").asString()))
			.as("only the last 30 days")
			.containsExactly("Je idee staat online – " + programme());
		assertThat(email.toString()).doesNotContain("!{", "IMMEDIATELY", "SUPPORTED", "notice.");

		accounts.deleteMyAccount();

		for (String table : TABLES) {
			assertThat(jdbc.sql("select count(*) from " + table + " where account_id = :a")
				.param("a", account)
				.query(Integer.class)
				.single()).as(table).isZero();
		}
		assertThat(jdbc.sql("select count(*) from sent_mail where recipient like 'privacy%@example.org'")
			.query(Integer.class)
			.single()).as("the captured copy").isZero();
	}

	private String programme() {
		return branding.programmeName();
	}

	private Long sent(Long account, String subject, Instant at) {
		jdbc.sql("""
				insert into email_outbox (idempotency_key, account_id, kind, payload, urgent, status, attempts,
				  next_attempt_at, created_at, sent_at)
				values (:key, :a, 'NOTICE', :payload, false, 'SENT', 1, :at, :at, :at)""")
			.param("key", "t:" + subject + ":" + account)
			.param("a", account)
			.param("payload", payload(subject))
			.param("at", Timestamp.from(at))
			.update();
		return jdbc.sql("select id from email_outbox where idempotency_key = :key")
			.param("key", "t:" + subject + ":" + account)
			.query(Long.class)
			.single();
	}

	private static String payload(String subject) {
		return new NoticePayload("notice.decision.PUBLISH", subject, "", "ideas/1", NoticeKind.MY_IDEAS).json();
	}

}
