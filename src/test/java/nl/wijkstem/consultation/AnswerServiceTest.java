package nl.wijkstem.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.consultation.ConsultationFixtures.Questionnaire;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationTest
class AnswerServiceTest {

	@Autowired
	AnswerService answering;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private ConsultationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ConsultationFixtures(context);
	}

	private Long signedIn(String username) {
		demo.signIn(username);
		return accounts.currentAccountId().orElseThrow();
	}

	@Test
	void submit_named_storesOneResponseWithTheAccount_andEveryAnswer() {
		Questionnaire questionnaire = fixtures.open(Audience.RESIDENTS, false);
		Long kees = signedIn("kees");

		answering.submit(questionnaire.id(), questionnaire.fullAnswer());

		Map<String, Object> response = jdbc.queryForMap("select * from consultation_response where consultation_id = ?",
				questionnaire.id());
		assertThat(response.get("account_id")).isEqualTo(kees);
		assertThat(response.get("collected")).isEqualTo(false);
		assertThat(fixtures.markers(questionnaire)).isOne();
		// single 1, multiple 2, scale 1, ranking 3, short 1, long 1, proposal 1, places 2
		assertThat(fixtures.answerRows(questionnaire)).isEqualTo(12);
		assertThat(jdbc.queryForList("""
				select a.rank_position from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ? and a.question_id = ? order by a.option_id""", Integer.class,
				questionnaire.id(), questionnaire.ranking()))
			.containsExactly(3, 2, 1);
		assertThat(jdbc.queryForList("""
				select a.review from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ? and a.question_id in (?, ?, ?)""", String.class, questionnaire.id(),
				questionnaire.shortText(), questionnaire.longText(), questionnaire.place()))
			.hasSize(4)
			.containsOnly("PENDING");
		assertThat(jdbc.queryForList("""
				select a.review from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ? and a.question_id = ?""", String.class, questionnaire.id(),
				questionnaire.single()))
			.containsExactly((String) null);

		ConsultationPage page = consultations.page(questionnaire.id(), Locale.ENGLISH);
		assertThat(page.me().answered()).isTrue();
		assertThat(page.me().mayChange()).isTrue();
		assertThat(page.me().mayAnswer()).isTrue();
		assertThat(page.me().answers()).hasSize(8)
			.contains(new AnswerInput(questionnaire.ranking(), questionnaire.rankingOptions().reversed(), null, null,
					null))
			.contains(new AnswerInput(questionnaire.scale(), null, 4, null, null));
	}

	@Test
	void submit_storesTheHourOnly() {
		Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, true);
		signedIn("fatima");

		answering.submit(questionnaire.id(), questionnaire.shortestAnswer(0));

		Instant stored = fixtures.answeredHour(questionnaire);
		assertThat(stored).isEqualTo(stored.truncatedTo(ChronoUnit.HOURS));
		assertThat(Duration.between(stored, clock.instant())).isBetween(Duration.ZERO, Duration.ofHours(1));
	}

	@Test
	void submit_named_again_replacesTheAnswer_andKeepsTheMarker() {
		Questionnaire questionnaire = fixtures.answeredInFull(Audience.SIGNED_IN, false, "kees");

		answering.submit(questionnaire.id(), questionnaire.shortestAnswer(1));

		assertThat(fixtures.responses(questionnaire)).isOne();
		assertThat(fixtures.markers(questionnaire)).isOne();
		assertThat(fixtures.answerRows(questionnaire)).isOne();
		assertThat(consultations.page(questionnaire.id(), Locale.ENGLISH).me().answers())
			.containsExactly(Questionnaire.choice(questionnaire.single(), questionnaire.singleOptions().get(1)));
	}

	@Test
	void submit_anonymous_keepsNoAccount_andRefusesAChange() {
		Questionnaire questionnaire = fixtures.answeredInFull(Audience.RESIDENTS, true, "fatima");

		assertThat(jdbc.queryForObject("select account_id from consultation_response where consultation_id = ?",
				Long.class, questionnaire.id()))
			.isNull();
		assertThat(fixtures.markers(questionnaire)).isOne();
		assertRefused("consultation.error.answered",
				() -> answering.submit(questionnaire.id(), questionnaire.shortestAnswer(1)));
		assertThat(fixtures.responses(questionnaire)).isOne();
		assertThat(fixtures.answerRows(questionnaire)).isEqualTo(12);

		ConsultationPage.Participation me = consultations.page(questionnaire.id(), Locale.ENGLISH).me();
		assertThat(me.answered()).isTrue();
		assertThat(me.mayAnswer()).isFalse();
		assertThat(me.mayChange()).isFalse();
		assertThat(me.refusal()).isEqualTo("consultation.refusal.answeredAnonymous");
		assertThat(me.answers()).isEmpty();
	}

	@Test
	void draft_isKeptAndShown_thenRemovedAtSubmit() {
		Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, true);
		signedIn("kees");
		List<AnswerInput> halfway = List.of(Questionnaire.text(questionnaire.longText(), "Nog niet af"),
				new AnswerInput(questionnaire.place(), null, null, null,
						List.of(new AnswerInput.PlaceAnswer(1.0, 2.0, "ergens", "zomaar"))));

		answering.saveDraft(questionnaire.id(), halfway);
		assertThat(consultations.page(questionnaire.id(), Locale.ENGLISH).me().answers()).isEqualTo(halfway);
		answering.saveDraft(questionnaire.id(), halfway.subList(0, 1));
		assertThat(consultations.page(questionnaire.id(), Locale.ENGLISH).me().answers())
			.isEqualTo(halfway.subList(0, 1));

		answering.submit(questionnaire.id(), questionnaire.shortestAnswer(0));
		assertThat(fixtures.drafts(questionnaire)).isZero();
	}

	@Test
	void draft_tooLarge_isRefused() {
		Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, true);
		signedIn("kees");
		String chapter = "a".repeat(100_000);

		assertRefused("consultation.error.draftTooLarge",
				() -> answering.saveDraft(questionnaire.id(),
						List.of(Questionnaire.text(questionnaire.longText(), chapter),
								Questionnaire.text(questionnaire.shortText(), chapter))));
	}

	@Test
	void submit_hiddenQuestionAnswered_isRejected_andStoresNothing() {
		Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, false);
		signedIn("kees");
		answering.saveDraft(questionnaire.id(), questionnaire.shortestAnswer(0));

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> answering.submit(questionnaire.id(),
					List.of(Questionnaire.choice(questionnaire.single(), questionnaire.singleOptions().get(0)),
							Questionnaire.text(questionnaire.conditional(), "Ik loop niet"))))
			.satisfies(rejection -> assertThat(Problems.of(rejection))
				.containsExactly("question-" + questionnaire.conditional() + ": consultation.error.hidden"));
		assertNothingStored(questionnaire);
		assertThat(fixtures.drafts(questionnaire)).isOne();

		answering.submit(questionnaire.id(),
				List.of(Questionnaire.choice(questionnaire.single(), questionnaire.singleOptions().get(2)),
						Questionnaire.text(questionnaire.conditional(), "Ik loop elke avond")));
		assertThat(fixtures.answerRows(questionnaire)).isEqualTo(2);
	}

	@Test
	void submit_pinOutsideTheArea_isRejected_withEveryOtherProblem_andStoresNothing() {
		Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, true);
		signedIn("kees");
		List<AnswerInput> answers = List.of(
				new AnswerInput(questionnaire.place(), null, null, null,
						List.of(new AnswerInput.PlaceAnswer(ConsultationFixtures.OUTSIDE_LATITUDE,
								ConsultationFixtures.OUTSIDE_LONGITUDE, null, null))),
				Questionnaire.text(questionnaire.shortText(), "x".repeat(201)));

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> answering.submit(questionnaire.id(), answers))
			.satisfies(rejection -> assertThat(Problems.of(rejection)).containsExactlyInAnyOrder(
					"question-" + questionnaire.single() + ": consultation.error.required",
					"question-" + questionnaire.shortText() + ": consultation.error.tooLong [200]",
					"question-" + questionnaire.place() + ": consultation.error.outsideArea"));
		assertNothingStored(questionnaire);
	}

	@Test
	void submit_residentsOnly_refusesAnAccountThatIsNotVerified() {
		Questionnaire questionnaire = fixtures.open(Audience.RESIDENTS, false);
		signedIn("moderator");

		assertThat(consultations.page(questionnaire.id(), Locale.ENGLISH).me().refusal())
			.isEqualTo("consultation.refusal.notVerified");
		assertRefused("consultation.error.notVerified",
				() -> answering.submit(questionnaire.id(), questionnaire.shortestAnswer(0)));
		assertNothingStored(questionnaire);
	}

	@Test
	void submit_afterClosing_isRefused() {
		Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, false);
		signedIn("kees");
		clock.moveBy(Duration.ofDays(1).plusMinutes(1));

		assertRefused("consultation.error.notOpen",
				() -> answering.submit(questionnaire.id(), questionnaire.shortestAnswer(0)));
		assertThat(consultations.page(questionnaire.id(), Locale.ENGLISH).me().refusal())
			.isEqualTo("consultation.refusal.notOpen");
		assertNothingStored(questionnaire);
	}

	@Test
	void collect_byAModerator_whileClosed_storesACollectedResponseWithoutAccountOrMarker() {
		Questionnaire questionnaire = fixtures.open(Audience.RESIDENTS, false);
		clock.moveBy(Duration.ofDays(1).plusMinutes(1));
		signedIn("moderator");

		answering.collect(questionnaire.id(), questionnaire.fullAnswer());

		Map<String, Object> response = jdbc.queryForMap("select * from consultation_response where consultation_id = ?",
				questionnaire.id());
		assertThat(response.get("account_id")).isNull();
		assertThat(response.get("collected")).isEqualTo(true);
		assertThat(fixtures.markers(questionnaire)).isZero();
		assertThat(fixtures.answerRows(questionnaire)).isEqualTo(12);

		clock.moveBy(Duration.ofDays(1));
		assertRefused("consultation.error.resultsOut",
				() -> answering.collect(questionnaire.id(), questionnaire.fullAnswer()));
	}

	@Test
	void draft_afterAnAnonymousAnswer_isRefused() {
		Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, true);
		signedIn("kees");
		answering.submit(questionnaire.id(), questionnaire.shortestAnswer(0));

		assertRefused("consultation.error.answered",
				() -> answering.saveDraft(questionnaire.id(), questionnaire.shortestAnswer(1)));
	}

	@Test
	void page_afterClosing_showsTheNamedAnswer_withoutChanging() {
		Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, false);
		signedIn("kees");
		answering.submit(questionnaire.id(), questionnaire.shortestAnswer(2));
		clock.moveBy(Duration.ofDays(1).plusMinutes(1));

		ConsultationPage.Participation me = consultations.page(questionnaire.id(), Locale.ENGLISH).me();

		assertThat(me.answered()).isTrue();
		assertThat(me.mayAnswer()).isFalse();
		assertThat(me.mayChange()).isFalse();
		assertThat(me.refusal()).isEqualTo("consultation.refusal.notOpen");
		assertThat(me.answers()).isEqualTo(questionnaire.shortestAnswer(2));
	}

	@Test
	void collect_beforeOpening_isRefused() {
		Instant now = clock.instant();
		Questionnaire upcoming = fixtures.everyKind(ConsultationFixtures.form(now.plus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(3)), Audience.SIGNED_IN, true));
		signedIn("moderator");

		assertRefused("consultation.error.notOpen", () -> answering.collect(upcoming.id(), upcoming.fullAnswer()));
		assertNothingStored(upcoming);
	}

	@Test
	void collect_byAResident_isDenied() {
		Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, false);
		signedIn("kees");

		assertThatThrownBy(() -> answering.collect(questionnaire.id(), questionnaire.fullAnswer()))
			.isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
		assertNothingStored(questionnaire);
	}

	@Test
	void page_signedOut_asksToSignIn_andList_ordersOpenUpcomingClosed() {
		Instant now = clock.instant();
		Questionnaire closingLater = fixtures.open(Audience.SIGNED_IN, false);
		Questionnaire closingSooner = fixtures.everyKind(ConsultationFixtures.form(now.minus(Duration.ofHours(2)),
				now.plus(Duration.ofHours(3)), now.plus(Duration.ofDays(3)), Audience.SIGNED_IN, true));
		Questionnaire upcoming = fixtures.everyKind(ConsultationFixtures.form(now.plus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(3)), Audience.SIGNED_IN, true));
		Questionnaire closedLongAgo = fixtures.everyKind(ConsultationFixtures.form(now.minus(Duration.ofDays(30)),
				now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(10)), Audience.SIGNED_IN, true));
		Questionnaire closedRecently = fixtures.everyKind(ConsultationFixtures.form(now.minus(Duration.ofDays(5)),
				now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), Audience.SIGNED_IN, true));
		Long draft = draft(now);
		List<Long> mine = List.of(closingLater.id(), closingSooner.id(), upcoming.id(), closedLongAgo.id(),
				closedRecently.id(), draft);

		List<ConsultationSummary> listed = consultations.list(Locale.ENGLISH);

		assertThat(listed.stream().map(ConsultationSummary::id).filter(mine::contains)).containsExactly(
				closingSooner.id(), closingLater.id(), upcoming.id(), closedRecently.id(), closedLongAgo.id());
		ConsultationPage.Participation me = consultations.page(closingLater.id(), Locale.ENGLISH).me();
		assertThat(me.signedIn()).isFalse();
		assertThat(me.mayAnswer()).isFalse();
		assertThat(me.refusal()).isEqualTo("consultation.refusal.signIn");
		assertRefused("consultation.error.unknown", () -> consultations.page(draft, Locale.ENGLISH));
	}

	private Long draft(Instant now) {
		Consultation unpublished = Consultation.create(ConsultationFixtures.openForm(now, Audience.SIGNED_IN, true),
				null, now);
		return context.getBean(ConsultationRepository.class).save(unpublished).getId();
	}

	private static void assertRefused(String messageKey, ThrowingCallable action) {
		assertThatExceptionOfType(Rejection.class).isThrownBy(action)
			.satisfies(rejection -> assertThat(rejection.messageKey()).isEqualTo(messageKey));
	}

	private void assertNothingStored(Questionnaire questionnaire) {
		assertThat(fixtures.responses(questionnaire)).isZero();
		assertThat(fixtures.markers(questionnaire)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from consultation_answer where question_id = ?", Long.class,
				questionnaire.single()))
			.isZero();
	}

}
