package nl.wijkstem.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundForm;
import nl.wijkstem.voting.RoundService;
import nl.wijkstem.voting.TieBreak;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents hear when someone comments on their idea or replies to their comment (never
 * of their own words), and the ideas of one voting round reach a person as one notice
 * that links to the round.
 */
@ApplicationTest
class CommentAndBallotNoticesTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	CommentService comments;

	@Autowired
	NotificationService notifications;

	@Autowired
	RoundService rounds;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TestClock clock;

	@Test
	void commentsAndReplies_reachTheIdeasAuthorAndTheCommenter_butNoOneHearsOfTheirOwnWords() {
		Authentication author = resident("Auteur");
		Long idea = publishedIdea("Een bloembak bij de flat");
		Authentication neighbour = resident("Buurvrouw");
		Long neighboursComment = comments.comment(idea, null, "Mooi idee, ik geef water.");
		comments.comment(idea, null, "En ik plant bloembollen.");
		Authentication other = resident("Buurman");

		as(author);
		assertThat(notices("notice.comment.onIdea")).as("two comments, one unread notice").hasSize(1);
		NoticeView onIdea = notices("notice.comment.onIdea").getFirst();
		assertThat(onIdea.link()).isEqualTo("ideas/" + idea);
		assertThat(onIdea.subject()).startsWith("Een bloembak bij de flat");
		comments.comment(idea, null, "Dank je wel allemaal!");
		comments.comment(idea, neighboursComment, "Fijn dat je water geeft.");
		assertThat(notices("notice.comment.onIdea")).as("nothing about their own words").hasSize(1);
		assertThat(notices("notice.comment.reply")).isEmpty();

		as(neighbour);
		assertThat(notices("notice.comment.reply")).hasSize(1);
		assertThat(notices("notice.comment.onIdea")).isEmpty();
		comments.comment(idea, neighboursComment, "Graag gedaan.");
		assertThat(notices("notice.comment.reply")).as("not of a reply to their own comment").hasSize(1);

		as(other);
		comments.comment(idea, neighboursComment, "Ik help ook.");
		as(author);
		assertThat(notices("notice.comment.onIdea")).as("joined the unread notice").hasSize(1);
		as(neighbour);
		assertThat(notices("notice.comment.reply")).hasSize(1);
	}

	@Test
	void ideasOfOneRound_reachASupporterAsOneNotice_linkingToTheRound() {
		resident("Indiener");
		List<Long> onBallot = List.of(publishedIdea("Een watertappunt"), publishedIdea("Een jeu-de-boulesbaan"),
				publishedIdea("Meer fietsenrekken"));
		Authentication supporter = resident("Steunpilaar");
		onBallot.forEach(ideas::support);

		Long round = demo.as("beheerder", () -> {
			Long created = rounds.create(new RoundForm("Buurtronde " + System.nanoTime(), "Neighbourhood round",
					"Kies wat je wilt.", "Choose what you like.", clock.instant().plus(Duration.ofMinutes(1)),
					clock.instant().plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(1)),
					clock.instant().plus(Duration.ofDays(2)), BallotKind.SUPPORT, null, 3, null, 0, false, null,
					TieBreak.EARLIER_SUBMITTED));
			onBallot.forEach(idea -> rounds.addIdea(created, idea, null));
			return created;
		});

		as(supporter);
		List<NoticeView> aboutTheRound = notifications.myNotices()
			.stream()
			.filter(notice -> notice.messageKey().startsWith("notice.ballot.ON_BALLOT.supporter"))
			.toList();
		assertThat(aboutTheRound).hasSize(1);
		NoticeView notice = aboutTheRound.getFirst();
		assertThat(notice.messageKey()).isEqualTo("notice.ballot.ON_BALLOT.supporter.several");
		assertThat(notice.link()).isEqualTo("vote/" + round);
		assertThat(notice.subject()).contains("Een watertappunt", "Een jeu-de-boulesbaan", "Meer fietsenrekken");
	}

	private List<NoticeView> notices(String key) {
		return notifications.myNotices().stream().filter(notice -> notice.messageKey().equals(key)).toList();
	}

	private Authentication resident(String name) {
		return ResidencyTestSupport.signInAsNewResident(events, name, Map.of());
	}

	private static void as(Authentication who) {
		SecurityContextHolder.getContext().setAuthentication(who);
	}

	private Long publishedIdea(String title) {
		Authentication author = SecurityContextHolder.getContext().getAuthentication();
		Long id = ideas
			.submit(null,
					new IdeaDraft(title + " " + System.nanoTime(), "Dit maakt de buurt fijner voor iedereen.",
							PlaceKind.SQUARE, null, "Floris de Vijfdelaan", null, null))
			.id();
		demo.run("moderator", () -> fixture.publish(id));
		as(author);
		return id;
	}

}
