package nl.wijkstem;

import nl.wijkstem.support.BundleWords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.Set;

import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.ReportReason;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.TestRounds;
import nl.wijkstem.voting.RoundService;
import nl.wijkstem.voting.VotingService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The download of "my data" holds what every part of Wijkstem keeps about the person:
 * their ideas, comments, supports, ballots and notices, besides their account and
 * residency; and nothing of anyone else.
 */
@ApplicationTest
class PersonalDataExportTest {

	@Autowired
	AccountService accounts;

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	CommentService comments;

	@Autowired
	ResidencyService residency;

	@Autowired
	RoundService rounds;

	@Autowired
	VotingService voting;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void myData_holdsMyIdeasCommentsSupportsBallotsAndNotices() {
		String unique = String.valueOf(System.nanoTime());
		Authentication me = ResidencyTestSupport.signInAsNewResident(events, "Inzage Bewoner", Map.of());
		Long myAccount = accounts.currentAccountId().orElseThrow();
		String title = "Een schaakbord in het park " + unique;
		Long myIdea = ideas
			.submit(null,
					new IdeaDraft(title, "Een groot schaakbord op de grond, zodat jong en oud samen kunnen spelen.",
							PlaceKind.GREEN, null, "Westwijkpark", null, null))
			.id();
		Long garden = jdbc.queryForObject("select id from idea where title = ?", Long.class, "Moestuin voor de buurt");
		comments.comment(garden, null, "Ik help graag mee met de moestuin " + unique);
		ideas.support(garden);
		Long round = demo.as("beheerder", () -> {
			demo.signIn("moderator");
			fixture.publish(myIdea);
			residency.verifyInPerson(myAccount);
			demo.signIn("beheerder");
			Long created = rounds
				.create(TestRounds.support(clock.instant(), "Inzageronde " + unique, "Access round " + unique, 1));
			rounds.addIdea(created, myIdea, null);
			return created;
		});
		Long item = jdbc.queryForObject("select id from ballot_item where round_id = ?", Long.class, round);
		clock.moveBy(Duration.ofHours(2));
		SecurityContextHolder.getContext().setAuthentication(me);
		voting.cast(round, Set.of(item));

		String json = new String(accounts.exportMyData(BundleWords.DUTCH.translator()), StandardCharsets.UTF_8);

		assertThat(json).contains("\"activity\"", "\"ideas\"", title, "Westwijkpark",
				"Ik help graag mee met de moestuin " + unique, "\"ideaTitle\" : \"Moestuin voor de buurt\"",
				"\"ballots\"", "Inzageronde " + unique, "\"chose\" : [ \"" + title + "\" ]", "\"notices\"");
		assertThat(json).doesNotContain("Kees de Vries", "Fatima El Amrani");
	}

	/**
	 * The download reads as the page does: statuses, places, reasons and notices in the
	 * person's language, the programme bureau's messages with every step of their own
	 * idea's history; no internal code or translation key anywhere.
	 */
	@Test
	void myData_isInMyLanguage_withTheBureausMessagesAndHistory_andNoInternalCodes() {
		String unique = String.valueOf(System.nanoTime());
		Authentication me = ResidencyTestSupport.signInAsNewResident(events, "Leesbare Bewoner", Map.of());
		IdeaDraft draft = new IdeaDraft("Een watertappunt bij het speelveld " + unique,
				"Op warme dagen hebben de kinderen daar geen water.", PlaceKind.PLAYGROUND, null, "Marnixplantsoen",
				null, null);
		Long idea = ideas.submit(null, draft).id();
		Long garden = jdbc.queryForObject("select id from idea where title = ?", Long.class, "Moestuin voor de buurt");
		comments.report(garden, null, ReportReason.SPAM);
		String askedFor = "Wil je erbij zetten bij welk speelveld? " + unique;
		String whyNot = "Er ligt geen waterleiding in de buurt van het speelveld. " + unique;
		demo.run("moderator",
				() -> decisions.decide(idea, version(idea), ModerationDecision.REQUEST_CHANGES, askedFor));
		SecurityContextHolder.getContext().setAuthentication(me);
		ideas.submit(idea, draft);
		demo.run("moderator", () -> {
			fixture.publish(idea);
			moderation.updateStatus(idea, version(idea), IdeaStatus.NOT_FEASIBLE, whyNot);
		});
		SecurityContextHolder.getContext().setAuthentication(me);

		String dutch = new String(accounts.exportMyData(BundleWords.DUTCH.translator()), StandardCharsets.UTF_8);
		String english = new String(accounts.exportMyData(BundleWords.ENGLISH.translator()), StandardCharsets.UTF_8);

		assertThat(dutch).contains(askedFor, whyNot, "\"status\" : \"Kan niet\"", "\"status\" : \"Graag aanpassen\"",
				"\"kind\" : \"Besluit van de moderatie\"", "\"place\" : \"Speeltuin\"",
				"\"reason\" : \"Reclame of spam\"", "\"title\" : \"Graag je idee aanpassen\"",
				"burgerservicenummer (BSN)");
		assertThat(english).contains(askedFor, whyNot, "\"status\" : \"Not feasible\"",
				"\"title\" : \"Please change your idea\"", "citizen service number (BSN)");
		for (String json : List.of(dutch, english)) {
			assertThat(Pattern.compile(":\\s*\"[A-Z][A-Z_]+\"").matcher(json).results().map(MatchResult::group))
				.as("values that are internal codes")
				.isEmpty();
			assertThat(Pattern.compile("\\b(notice|idea|report|myData|residency)\\.[A-Za-z_.]+")
				.matcher(json)
				.results()
				.map(MatchResult::group)).as("translation keys").isEmpty();
			assertThat(json).doesNotContain("!{");
		}
	}

	private int version(Long ideaId) {
		return jdbc.queryForObject("select version from idea where id = ?", Integer.class, ideaId);
	}

}
