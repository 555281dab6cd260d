package nl.wijkstem.idea;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rate limits on ideas, comments and reports, with the production defaults (the other
 * tests run with limits they never reach). Every test uses residents of its own.
 */
@ApplicationTest
@TestPropertySource(properties = { "wijkstem.rate-limits.ideas=5/1h,20/1d", "wijkstem.rate-limits.comments=20/10m",
		"wijkstem.rate-limits.reports=10/1h", "wijkstem.security.trusted-proxies=192.0.2.10" })
class RateLimitsTest {

	private static final ResourceBundle DUTCH = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.of("nl"));

	@Autowired
	IdeaService ideas;

	@Autowired
	CommentService comments;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void sixthIdeaWithinAnHour_isRefusedWithTheMessage_andNothingIsWritten_untilTheHourPasses() {
		Long me = newResident("Snelle Schrijver");
		for (int i = 0; i < 5; i++) {
			ideas.submit(null, idea(i));
		}
		int rowsBefore = ideasOf(me);

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.submit(null, idea(5)))
			.satisfies(rejected -> assertThat(dutch(rejected)).isEqualTo(
					"Je hebt in korte tijd veel ideeën ingestuurd. Probeer het over een uur opnieuw. Wat je schreef, blijft staan."));
		assertThat(ideasOf(me)).isEqualTo(rowsBefore);

		clock.moveBy(Duration.ofMinutes(45));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.submit(null, idea(5)))
			.satisfies(rejected -> assertThat(dutch(rejected)).contains("Probeer het over 15 minuten opnieuw."));

		clock.moveBy(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(ideas.submit(null, idea(5)).status()).isIn(IdeaStatus.SUBMITTED, IdeaStatus.PUBLISHED);
	}

	@Test
	void twentyFirstIdeaWithinADay_isRefused_evenWithRoomInTheHour() {
		newResident("Volhouder");
		for (int hour = 0; hour < 4; hour++) {
			for (int i = 0; i < 5; i++) {
				ideas.submit(null, idea(hour * 5 + i));
			}
			clock.moveBy(Duration.ofHours(1).plusSeconds(1));
		}

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.submit(null, idea(20)))
			.satisfies(rejected -> assertThat(dutch(rejected)).contains("Probeer het over 20 uur opnieuw."));
	}

	@Test
	void anIdeaOfAnotherResident_isNotAffected() {
		newResident("Drukke Buur");
		for (int i = 0; i < 5; i++) {
			ideas.submit(null, idea(i));
		}
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.submit(null, idea(5)));

		newResident("Rustige Buur");

		assertThat(ideas.submit(null, idea(6)).id()).isNotNull();
	}

	@Test
	void twentyFirstCommentWithinTenMinutes_isRefused_andNothingIsWritten_untilTheWindowPasses() {
		Long idea = publishedIdea();
		Long me = newResident("Praatgraag");
		for (int i = 0; i < 20; i++) {
			comments.comment(idea, null, "Reactie nummer " + i);
		}

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> comments.comment(idea, null, "Nog eentje"))
			.satisfies(rejected -> assertThat(dutch(rejected)).isEqualTo(
					"Je hebt in korte tijd veel reacties geplaatst. Probeer het over 10 minuten opnieuw. Wat je schreef, blijft staan."));
		assertThat(commentsOf(me)).isEqualTo(20);

		clock.moveBy(Duration.ofMinutes(10).plusSeconds(1));
		comments.comment(idea, null, "Nog eentje");
		assertThat(commentsOf(me)).isEqualTo(21);
	}

	@Test
	void aCommentOfAnotherResident_isNotAffected() {
		Long idea = publishedIdea();
		newResident("Veelprater");
		for (int i = 0; i < 20; i++) {
			comments.comment(idea, null, "Reactie nummer " + i);
		}
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> comments.comment(idea, null, "Nog eentje"));

		newResident("Zwijger");

		assertThat(comments.comment(idea, null, "Mijn eerste reactie")).isNotNull();
	}

	@Test
	void eleventhReportWithinAnHour_isRefused_andNothingIsWritten_untilTheHourPasses_otherResidentsNotAffected() {
		Long idea = publishedIdea();
		newResident("Schrijver van reacties");
		List<Long> written = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			written.add(comments.comment(idea, null, "Iets om te melden " + i));
		}
		Long reporter = newResident("Melder");
		for (int i = 0; i < 10; i++) {
			assertThat(comments.report(idea, written.get(i), ReportReason.SPAM)).isTrue();
		}

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> comments.report(idea, written.get(10), ReportReason.SPAM))
			.satisfies(rejected -> assertThat(dutch(rejected))
				.isEqualTo("Je hebt in korte tijd veel meldingen gedaan. Probeer het over een uur opnieuw."));
		assertThat(reportsOf(reporter)).isEqualTo(10);

		newResident("Andere melder");
		assertThat(comments.report(idea, written.get(10), ReportReason.SPAM)).isTrue();

		signInAgain(reporter);
		clock.moveBy(Duration.ofHours(1).plusSeconds(1));
		assertThat(comments.report(idea, written.get(11), ReportReason.SPAM)).isTrue();
		assertThat(reportsOf(reporter)).isEqualTo(11);
	}

	private final Map<Long, String> subjects = new HashMap<>();

	/** Signs in a new person through the identity provider, who gets an account. */
	private Long newResident(String name) {
		String subject = "rate-limits-" + UUID.randomUUID();
		ResidencyTestSupport.signIn(events, subject, name, Map.of());
		Long id = accounts.currentAccountId().orElseThrow();
		subjects.put(id, subject);
		return id;
	}

	private void signInAgain(Long account) {
		ResidencyTestSupport.signIn(events, subjects.get(account), "Melder", Map.of());
	}

	private Long publishedIdea() {
		return jdbc.queryForObject("select id from idea where title = ?", Long.class, "Moestuin voor de buurt");
	}

	private static IdeaDraft idea(int number) {
		return new IdeaDraft("Nog een idee voor de buurt, nummer " + number,
				"Een korte uitleg waarom dit de Westwijk mooier maakt, voor idee nummer " + number + ".",
				PlaceKind.STREET, null, "Reigerlaan", null, null);
	}

	private int ideasOf(Long account) {
		return jdbc.queryForObject("select count(*) from idea where author_id = ?", Integer.class, account);
	}

	private int commentsOf(Long account) {
		return jdbc.queryForObject("select count(*) from idea_comment where author_id = ?", Integer.class, account);
	}

	private int reportsOf(Long account) {
		return jdbc.queryForObject("select count(*) from idea_report where reporter_id = ?", Integer.class, account);
	}

	private static String dutch(Rejection rejected) {
		Rejection.Problem problem = rejected.problems().getFirst();
		return new MessageFormat(DUTCH.getString(problem.messageKey()), Locale.of("nl")).format(problem.arguments());
	}

}
