package nl.wijkstem.notification.mail;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.base.Branding;
import nl.wijkstem.idea.IdeaDecided;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every notice and digest mail can be unsubscribed from with one click (RFC 8058): its
 * headers carry a signed link, the link stops the mail's kind (a digest's: the digest),
 * and a forged, changed or outdated link stops nothing.
 */
@ApplicationTest
class EmailUnsubscribeTest {

	private static final Pattern HEADER = Pattern.compile("<(http://localhost:8080/email/afmelden/([^>]+))>");

	@Autowired
	MailComposer composer;

	@Autowired
	Unsubscribes unsubscribes;

	@Autowired
	MailWorker worker;

	@Autowired
	TestClock clock;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Branding branding;

	@RegisterExtension
	final MailFixture mail = MailFixture.startingAt(MailFixture.DAYTIME);

	Long kees;

	@BeforeEach
	void keesHasAnAddress() {
		kees = mail.residentWithAddress("kees", "kees@example.org");
	}

	@Test
	void aNoticeMailCarriesTheOneClickHeaders_andItsLinkStopsThatKind() throws Exception {
		mail.publish(new IdeaDecided(4801L, kees, "Bankje", ModerationDecision.PUBLISH, ""));
		MimeMessage sent = mail.sendsOne();

		assertThat(sent.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		Matcher link = HEADER.matcher(sent.getHeader("List-Unsubscribe")[0]);
		assertThat(link.matches()).as(sent.getHeader("List-Unsubscribe")[0]).isTrue();
		String token = link.group(2);
		assertThat(unsubscribes.what(token)).hasValueSatisfying(stop -> {
			assertThat(stop.kind()).isEqualTo(NoticeKind.MY_IDEAS);
			assertThat(stop.kinds()).containsExactly(NoticeKind.MY_IDEAS);
		});

		assertThat(unsubscribes.unsubscribe(token)).isTrue();
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).isEqualTo(Cadence.APP_ONLY);
		assertThat(preferences.cadence(kees, NoticeKind.SUPPORTED)).as("other kinds stay")
			.isEqualTo(NoticeKind.SUPPORTED.defaultCadence());
		assertThat(unsubscribes.unsubscribe(token)).as("twice is harmless").isTrue();

		mail.publish(new IdeaDecided(4802L, kees, "Zebrapad", ModerationDecision.PUBLISH, ""));
		assertThat(worker.sendDue()).as("no more mail of that kind").isZero();
	}

	@Test
	void aNoticeWaitingForTheMorningIsNotSentAfterItsKindWasStopped() throws Exception {
		String token = tokenOfANotice(4804L);
		clock.moveTo(Instant.parse("2026-12-07T22:30:00Z"));
		mail.publish(new IdeaDecided(4805L, kees, "Zebrapad", ModerationDecision.PUBLISH, ""));
		assertThat(worker.sendDue()).as("quiet hours").isZero();

		assertThat(unsubscribes.unsubscribe(token)).isTrue();
		clock.moveTo(Instant.parse("2026-12-08T06:00:01Z"));
		assertThat(worker.sendDue()).isZero();
		assertThat(jdbc.sql("select status from email_outbox where account_id = :account and status = 'PENDING'")
			.param("account", kees)
			.query(String.class)
			.list()).isEmpty();
	}

	@Test
	void aForgedOrChangedTokenStopsNothing() throws Exception {
		String token = tokenOfANotice(4803L);
		String payload = token.substring(0, token.indexOf('.'));
		String signature = token.substring(token.indexOf('.') + 1);

		String otherSignature = payload + "." + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
		String otherKind = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(java.util.Base64.getUrlDecoder().decode(payload)).replace("MY_IDEAS", "REPLIES")
				.getBytes()) + "." + signature;
		for (String forged : List.of(otherSignature, otherKind, payload, "", "a.b", token + "x", "..", "%%%.%%%")) {
			assertThat(unsubscribes.what(forged)).as(forged).isEmpty();
			assertThat(unsubscribes.unsubscribe(forged)).as(forged).isFalse();
		}
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).isEqualTo(Cadence.IMMEDIATELY);
		assertThat(preferences.cadence(kees, NoticeKind.REPLIES)).isEqualTo(NoticeKind.REPLIES.defaultCadence());

		// a link in mail to an address the resident has since replaced
		mail.confirmedAddress(kees, "kees.nieuw@example.org", "nl");
		jdbc.sql("update email_address set id = :id where account_id = :account")
			.param("id", addressIdIn(token))
			.param("account", kees)
			.update();
		assertThat(unsubscribes.unsubscribe(token)).as("not for the new address").isFalse();
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).isEqualTo(Cadence.IMMEDIATELY);
	}

	@Test
	void aDigestGroupsByKind_andItsLinkStopsThatDigestOnly() {
		preferences.set(kees, NoticeKind.REPLIES, Cadence.DAILY);
		MailRecipient to = recipient();
		ComposedMail digest = composer.digest(List.of(
				new NoticePayload("notice.supported", "Meer groen", "We beginnen in maart.", "ideas/11",
						NoticeKind.SUPPORTED),
				new NoticePayload("notice.decision.PUBLISH", "Bankje", "", "ideas/12", NoticeKind.MY_IDEAS),
				new NoticePayload("notice.supported", "Speeltuin <oost>", "", "ideas/13", NoticeKind.SUPPORTED)),
				Cadence.WEEKLY, to);

		assertThat(digest.subject()).isEqualTo("Wat er deze week gebeurde bij " + branding.programmeName());
		assertThat(digest.html()).doesNotContainIgnoringCase("<img").matches("(?s)\\p{ASCII}*");
		Document html = Jsoup.parse(digest.html());
		assertThat(html.select("html").attr("lang")).isEqualTo("nl");
		assertThat(html.select("h1").eachText()).containsExactly(digest.subject());
		assertThat(html.select("h2").eachText()).as("one heading per kind, in the order of kinds")
			.containsExactly("Je ideeën en meldingen", "Ideeën die je steunt");
		assertThat(html.select("h3").eachText()).containsExactly("Je idee staat online",
				"Nieuws over een idee dat je steunt", "Nieuws over een idee dat je steunt");
		assertThat(html.select("a").eachAttr("href")).contains("http://localhost:8080/ideas/11",
				"http://localhost:8080/ideas/12", "http://localhost:8080/ideas/13", "http://localhost:8080/my/data");
		assertThat(html.body().text()).contains("Speeltuin <oost>", "We beginnen in maart.",
				"Je krijgt deze samenvatting omdat je bij Mijn gegevens voor \"Je ideeën en meldingen\", "
						+ "\"Ideeën die je steunt\" hebt gekozen: wekelijks.");
		assertThat(digest.text()).contains("http://localhost:8080/ideas/11", "http://localhost:8080/ideas/13",
				"Speeltuin <oost>", "> We beginnen in maart.", "http://localhost:8080/my/data",
				"Afmelden voor de wekelijkse samenvatting:\nhttp://localhost:8080/email/afmelden/");

		Matcher link = HEADER.matcher(digest.headers().get("List-Unsubscribe"));
		assertThat(link.matches()).isTrue();
		assertThat(digest.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		assertThat(digest.text()).contains(link.group(1));
		jdbc.sql("""
				insert into digest_item (idempotency_key, account_id, kind, cadence, payload, created_at)
				values ('u:test', :account, 'SUPPORTED', 'WEEKLY', '{}', current_timestamp)""")
			.param("account", kees)
			.update();

		assertThat(unsubscribes.what(link.group(2))).hasValueSatisfying(stop -> {
			assertThat(stop.digest()).isEqualTo(Cadence.WEEKLY);
			assertThat(stop.kinds()).containsExactly(NoticeKind.SUPPORTED, NoticeKind.FOLLOWED, NoticeKind.VOTING,
					NoticeKind.CONSULTATIONS);
		});
		assertThat(unsubscribes.unsubscribe(link.group(2))).isTrue();
		assertThat(List.of(NoticeKind.SUPPORTED, NoticeKind.FOLLOWED, NoticeKind.VOTING, NoticeKind.CONSULTATIONS))
			.allSatisfy(kind -> assertThat(preferences.cadence(kees, kind)).isEqualTo(Cadence.APP_ONLY));
		assertThat(preferences.cadence(kees, NoticeKind.REPLIES)).as("the daily digest goes on")
			.isEqualTo(Cadence.DAILY);
		assertThat(preferences.cadence(kees, NoticeKind.MY_IDEAS)).isEqualTo(Cadence.IMMEDIATELY);
		assertThat(jdbc.sql("select count(*) from digest_item where account_id = :account and cadence = 'WEEKLY'")
			.param("account", kees)
			.query(Integer.class)
			.single()).as("what was gathered for the digest is not sent after all").isZero();
	}

	@Test
	void everyKindOfMailHasTheSameContentAsTextAndAFooterThatSaysWhy() {
		MailRecipient to = recipient();
		ComposedMail notice = composer.notice(new NoticePayload("notice.decision.REJECT", "Bankje",
				"Dit past niet.\nZie het programma.", "ideas/12", NoticeKind.MY_IDEAS), to);
		Document html = Jsoup.parse(notice.html());
		assertThat(html.select("h1").eachText()).containsExactly("Je idee is niet geplaatst");
		assertThat(html.select("blockquote").text()).isEqualTo("Dit past niet. Zie het programma.");
		assertThat(html.select("blockquote br")).as("the moderator's line break").hasSize(1);
		assertThat(html.body().text()).contains(
				"Je krijgt deze mail omdat je bij Mijn gegevens voor \"Je ideeën en meldingen\" hebt gekozen: direct.");
		assertThat(html.select("a").eachAttr("href")).contains("http://localhost:8080/ideas/12",
				"http://localhost:8080/my/data", notice.headers().get("List-Unsubscribe").replaceAll("[<>]", ""));
		assertThat(notice.html()).contains("max-width:600px");
		assertThat(notice.text()).contains("Je idee is niet geplaatst", "> Dit past niet.\n> Zie het programma.",
				"http://localhost:8080/ideas/12", "hebt gekozen: direct.", "http://localhost:8080/my/data",
				notice.headers().get("List-Unsubscribe").replaceAll("[<>]", ""));

		ComposedMail english = composer.notice(
				new NoticePayload("notice.supported", "More green", "", "ideas/11", NoticeKind.SUPPORTED),
				new MailRecipient(to.accountId(), to.addressId(), to.address(), "en"));
		assertThat(english.html()).contains("<html lang=\"en\"");
		assertThat(Jsoup.parse(english.html()).body().text())
			.contains("You get this mail because under My data you chose immediately for \"Ideas you support\".");

		ComposedMail confirmation = composer
			.confirmation(new EmailAddresses.ConfirmationPayload("nieuw@example.org", "a-token", "en", Instant.now()));
		assertThat(confirmation.headers()).as("asked for by the resident: nothing to unsubscribe from").isEmpty();
		assertThat(confirmation.html()).contains("<html lang=\"en\"",
				"href=\"http://localhost:8080/email/bevestigen/a-token\"");
		assertThat(confirmation.text()).contains("http://localhost:8080/email/bevestigen/a-token");
	}

	private MailRecipient recipient() {
		return jdbc.sql("select id, address from email_address where account_id = :account")
			.param("account", kees)
			.query((row, index) -> new MailRecipient(kees, row.getLong(1), row.getString(2), "nl"))
			.single();
	}

	private static Long addressIdIn(String token) {
		String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
		return Long.valueOf(payload.substring(payload.lastIndexOf('.') + 1));
	}

	private String tokenOfANotice(Long ideaId) throws Exception {
		return mail.unsubscribePathOfANotice(kees, ideaId).substring("email/afmelden/".length());
	}

}
