package nl.wijkstem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.ModeratorPublishing;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundForm;
import nl.wijkstem.voting.RoundService;
import nl.wijkstem.voting.TieBreak;
import nl.wijkstem.voting.VotingService;
import org.junit.jupiter.api.AfterEach;
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
	PublicIdeaService publicIdeas;

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
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void reset() {
		SignIn.out();
		clock.reset();
	}

	private <T> T as(String demoUser, java.util.function.Supplier<T> action) {
		return ResidencyTestSupport.as(() -> demo.signIn(demoUser), action);
	}

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
		Long round = as("beheerder", () -> {
			demo.signIn("moderator");
			ModeratorPublishing.publish(decisions, publicIdeas, myIdea);
			residency.verifyInPerson(myAccount);
			demo.signIn("beheerder");
			Long created = rounds.create(new RoundForm("Inzageronde " + unique, "Access round " + unique,
					"Kies wat je wilt.", "Choose what you like.", clock.instant().plus(Duration.ofMinutes(1)),
					clock.instant().plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(1)),
					clock.instant().plus(Duration.ofDays(2)), BallotKind.SUPPORT, null, 1, null, 0, false, false,
					TieBreak.EARLIER_SUBMITTED));
			rounds.addIdea(created, myIdea, null);
			return created;
		});
		Long item = jdbc.queryForObject("select id from ballot_item where round_id = ?", Long.class, round);
		clock.moveBy(Duration.ofHours(2));
		SecurityContextHolder.getContext().setAuthentication(me);
		voting.cast(round, Set.of(item));

		String json = new String(accounts.exportMyData(), StandardCharsets.UTF_8);

		assertThat(json).contains("\"activity\"", "\"ideas\"", title, "Westwijkpark",
				"Ik help graag mee met de moestuin " + unique, "\"ideaTitle\" : \"Moestuin voor de buurt\"",
				"\"ballots\"", "Inzageronde " + unique, "\"chose\" : [ \"" + title + "\" ]", "\"notices\"");
		assertThat(json).doesNotContain("Kees de Vries", "Fatima El Amrani");
	}

}
