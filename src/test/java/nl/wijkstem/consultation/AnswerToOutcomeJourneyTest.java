package nl.wijkstem.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.wijkstem.base.Languages;
import nl.wijkstem.notification.NoticeView;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way of an anonymous answer through the answering part: its open texts and
 * place remarks wait for a moderator, the resident's download says only that they took
 * part, and they hear once of the results and once of the bureau's outcome.
 */
@ApplicationTest
class AnswerToOutcomeJourneyTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	AnswerService answering;

	@Autowired
	AnswerReviewService reviews;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	ResultsAnnouncer announcer;

	@Autowired
	DemoUsers demo;

	@Autowired
	TestClock clock;

	@Test
	void anAnonymousAnswer_isReadByAModerator_andItsResidentHearsOfResultsAndOutcome_onlyOnce() {
		ConsultationFixtures.Questionnaire questionnaire = new ConsultationFixtures(context).open(Audience.SIGNED_IN,
				true);
		TestResident resident = TestResident.signIn(context, "Meedoende Bewoner");
		answering.submit(questionnaire.id(), questionnaire.fullAnswer());

		List<AnswerToReview> waiting = demo.as("moderator", () -> reviews.pending(0, 10_000, Languages.DUTCH))
			.answers()
			.stream()
			.filter(answer -> answer.consultationId().equals(questionnaire.id()))
			.toList();
		assertThat(waiting).extracting(AnswerToReview::text)
			.containsExactlyInAnyOrder("Meer licht", "De Reigerlaan is 's avonds erg donker.", "Donker pad", "");
		assertThat(waiting).filteredOn(answer -> answer.text().isEmpty())
			.extracting(AnswerToReview::placeWords)
			.containsExactly("Bij het station");
		demo.run("moderator", () -> waiting.forEach(answer -> reviews.show(answer.answerId(), answer.version())));
		assertThat(demo.as("moderator", () -> reviews.pending(0, 10_000, Languages.DUTCH)).answers())
			.noneMatch(answer -> answer.consultationId().equals(questionnaire.id()));

		assertThat(resident.myData()).contains(BundleWords.DUTCH.translator().text("consultation.myData.anonymous"))
			.doesNotContain("Meer licht", "Donker pad");

		clock.moveBy(Duration.ofDays(3));
		announcer.announceDue();
		announcer.announceDue();
		demo.run("beheerder", () -> {
			outcomes.publish(questionnaire.id(), new OutcomeInput("We zetten meer lantaarnpalen neer.", "", List.of()));
			outcomes.publish(questionnaire.id(), new OutcomeInput("We zetten tien lantaarnpalen neer.", "", List.of()));
		});

		assertThat(resident.notices()).extracting(NoticeView::messageKey)
			.containsExactlyInAnyOrder("notice.consultation.results", "notice.consultation.outcome");
		assertThat(announcer.announcedAt(questionnaire.id())).isBeforeOrEqualTo(clock.instant()).isAfter(Instant.now());
	}

}
