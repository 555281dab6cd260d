package nl.wijkstem.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.PersonalDataCount;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.BundleWords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident's download of "my data" holds their answers to named consultations, their
 * answers in progress and which consultations they answered; deleting their account
 * removes all three, and leaves anonymous answers, which were never theirs to take.
 */
@ApplicationTest
class ConsultationPrivacyTest {

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient sql;

	@Autowired
	DraftStore drafts;

	@Test
	void myData_holdsMyNamedAnswersInWords_myDraft_andWhichConsultationsIAnswered_butNothingOfOthers() {
		String unique = String.valueOf(System.nanoTime());
		ConsultationRows rows = new ConsultationRows(sql);
		TestResident other = TestResident.signIn(context, "Andere Bewoner");
		TestResident resident = TestResident.signIn(context, "Inzage Raadpleging");
		Long me = resident.accountId();
		Instant closes = Instant.now().plus(Duration.ofDays(3));
		Long named = rows.consultation("Het nieuwe plein " + unique, false, closes, closes);
		Long choice = rows.question(named, 1, QuestionKind.SINGLE_CHOICE, "Wat wil je op het plein?");
		Long fountain = rows.option(choice, 1, "Een fontein");
		rows.option(choice, 2, "Een podium");
		Long open = rows.question(named, 2, QuestionKind.LONG_TEXT, "Wat wil je nog kwijt?");
		UUID mine = rows.response(named, me, true, Instant.now());
		rows.chosen(mine, choice, fountain);
		rows.text(mine, open, "Graag ook bankjes in de schaduw " + unique);
		UUID theirs = rows.response(named, other.accountId(), true, Instant.now());
		rows.text(theirs, open, "Iets van iemand anders " + unique);
		Long anonymous = rows.consultation("Veilig over straat " + unique, true, closes, closes);
		Long where = rows.question(anonymous, 1, QuestionKind.PLACE, "Waar voel je je onveilig?");
		rows.place(rows.response(anonymous, me, false, Instant.now()), where, 51.91, 4.33, "Bij het station",
				"Anoniem geschreven " + unique);
		Long drafted = rows.consultation("Avondactiviteiten " + unique, false, closes, closes);
		Long rank = rows.question(drafted, 1, QuestionKind.SHORT_TEXT, "Welke activiteit mist er?");
		drafts.save(drafted, me, List.of(new AnswerInput(rank, null, null, "Een kookcursus " + unique, null)),
				Instant.now());

		String dutch = resident.myData();

		assertThat(dutch).contains("\"consultations\"", "Het nieuwe plein " + unique, "Wat wil je op het plein?",
				"\"answer\" : \"Een fontein\"", "Graag ook bankjes in de schaduw " + unique,
				"Veilig over straat " + unique, "Avondactiviteiten " + unique, "Welke activiteit mist er?",
				"Een kookcursus " + unique, BundleWords.DUTCH.translator().text("consultation.myData.anonymous"));
		assertThat(dutch).as("anonymous answers are not linked to me, and others' are not mine")
			.doesNotContain("Anoniem geschreven " + unique, "Iets van iemand anders " + unique, "PENDING");
		assertThat(accounts.myDataCounts()).extracting(PersonalDataCount::labelKey, PersonalDataCount::count)
			.contains(org.assertj.core.groups.Tuple.tuple("myData.kept.consultationsAnswered", 2L),
					org.assertj.core.groups.Tuple.tuple("myData.kept.consultationAnswers", 1L),
					org.assertj.core.groups.Tuple.tuple("myData.kept.consultationDrafts", 1L));
		assertThat(other.myData()).doesNotContain("Graag ook bankjes in de schaduw " + unique,
				"Een kookcursus " + unique);
	}

	@Test
	void deletingMyAccount_removesMyNamedAnswersMarkersAndDrafts_andLeavesAnonymousAnswers() {
		String unique = String.valueOf(System.nanoTime());
		ConsultationRows rows = new ConsultationRows(sql);
		Long me = TestResident.signIn(context, "Vertrekkende Bewoner").accountId();
		Instant closes = Instant.now().plus(Duration.ofDays(3));
		Long named = rows.consultation("Met naam " + unique, false, closes, closes);
		Long namedQuestion = rows.question(named, 1, QuestionKind.SHORT_TEXT, "Wat vind je?");
		UUID namedResponse = rows.response(named, me, true, Instant.now());
		rows.text(namedResponse, namedQuestion, "Mijn mening " + unique);
		Long anonymous = rows.consultation("Zonder naam " + unique, true, closes, closes);
		Long anonymousQuestion = rows.question(anonymous, 1, QuestionKind.SHORT_TEXT, "Wat vind je?");
		UUID anonymousResponse = rows.response(anonymous, me, false, Instant.now());
		rows.text(anonymousResponse, anonymousQuestion, "Anonieme mening " + unique);
		Long drafted = rows.consultation("Half af " + unique, false, closes, closes);
		rows.draft(drafted, me, "[]", Instant.now());

		accounts.deleteMyAccount();

		assertThat(rows.count("select count(*) from consultation_response where account_id = ?", me)).isZero();
		assertThat(rows.count("select count(*) from consultation_marker where account_id = ?", me)).isZero();
		assertThat(rows.count("select count(*) from consultation_draft where account_id = ?", me)).isZero();
		assertThat(rows.count("select count(*) from consultation_answer where text_value = ?", "Mijn mening " + unique))
			.isZero();
		assertThat(rows.count("select count(*) from consultation_response where cast(id as varchar(36)) = ?",
				anonymousResponse.toString()))
			.isOne();
		assertThat(rows.count("select count(*) from consultation_answer where text_value = ?",
				"Anonieme mening " + unique))
			.isOne();
	}

}
