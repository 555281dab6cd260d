package nl.wijkstem.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.notification.NoticeView;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The programme bureau publishes what it does with a consultation's results, with links
 * to what came of it; those who answered (also anonymously) hear once that the results
 * are out and once that the bureau answered.
 */
@ApplicationTest
class OutcomeAndNoticesTest {

	@Autowired
	OutcomeService outcomes;

	@Autowired
	ResultsAnnouncer announcer;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient sql;

	@Autowired
	DemoUsers demo;

	private ConsultationRows rows;

	private String unique;

	@BeforeEach
	void rows() {
		rows = new ConsultationRows(sql);
		unique = String.valueOf(System.nanoTime());
	}

	@Test
	void theOutcome_cannotBePublishedBeforeTheResultsAreOut() {
		Long open = rows.consultation("Nog open " + unique, false, Instant.now().plus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(2)));

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> demo.run("moderator",
					() -> outcomes.publish(open, new OutcomeInput("We gaan aan de slag.", "", List.of()))))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().messageKey())
				.isEqualTo("consultation.error.outcomeTooEarly"));
		assertThat(demo.as("moderator", () -> outcomes.editing(open, Languages.DUTCH).mayPublish())).isFalse();
	}

	@Test
	void theOutcome_withLinksToAnIdeaAGroupAndARound_isPublic_andAuditedAtEveryChange() {
		Long consultation = rows.withResultsOut("Speelplekken " + unique, true);
		Long idea = sql.sql("select min(id) from idea where status = 'PUBLISHED' and hidden = false")
			.query(Long.class)
			.single();
		Long group = sql.sql("select min(id) from idea_group").query(Long.class).single();
		Long round = sql.sql("select min(id) from voting_round").query(Long.class).single();
		List<OutcomeLink> links = List.of(new OutcomeLink(OutcomeLinkKind.ROUND, round),
				new OutcomeLink(OutcomeLinkKind.IDEA, idea), new OutcomeLink(OutcomeLinkKind.GROUP, group));

		demo.run("moderator", () -> outcomes.publish(consultation,
				new OutcomeInput("We maken twee nieuwe speelplekken.", "We make two new playgrounds.", links)));

		ConsultationOutcome dutch = outcomes.outcome(consultation, Languages.DUTCH).orElseThrow();
		assertThat(dutch.text()).isEqualTo("We maken twee nieuwe speelplekken.");
		assertThat(dutch.publishedAt()).isNotNull();
		assertThat(dutch.links()).extracting(OutcomeTarget::kind)
			.containsExactly(OutcomeLinkKind.IDEA, OutcomeLinkKind.GROUP, OutcomeLinkKind.ROUND);
		assertThat(dutch.links()).extracting(OutcomeTarget::path)
			.containsExactly("ideas/" + idea, "programme#group-" + group, "vote/" + round);
		assertThat(dutch.links()).allSatisfy(link -> assertThat(link.title()).isNotBlank());
		assertThat(outcomes.outcome(consultation, Languages.ENGLISH).orElseThrow().text())
			.isEqualTo("We make two new playgrounds.");

		demo.run("beheerder", () -> outcomes.publish(consultation,
				new OutcomeInput("We maken drie nieuwe speelplekken.", "", List.of(links.get(1)))));

		ConsultationOutcome changed = outcomes.outcome(consultation, Languages.ENGLISH).orElseThrow();
		assertThat(changed.text()).as("English falls back to Dutch").isEqualTo("We maken drie nieuwe speelplekken.");
		assertThat(changed.language()).isEqualTo("nl");
		assertThat(changed.publishedAt()).isEqualTo(dutch.publishedAt());
		assertThat(changed.links()).extracting(OutcomeTarget::id).containsExactly(idea);
		assertThat(sql.sql("""
				select action_code || '|' || state_before || '|' || state_after from audit_entry
				where subject_type = 'consultation' and subject_id = ? order by id""")
			.param(consultation)
			.query(String.class)
			.list()).containsExactly("consultation.outcome||We maken twee nieuwe speelplekken.",
					"consultation.outcomeChange|We maken twee nieuwe speelplekken.|We maken drie nieuwe speelplekken.");
	}

	@Test
	void anOutcome_withoutDutch_orLinkingToNothing_isRefused_andNothingIsPublished() {
		Long consultation = rows.withResultsOut("Zonder tekst " + unique, false);

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> demo.run("moderator",
					() -> outcomes.publish(consultation,
							new OutcomeInput(" ", "Only English",
									List.of(new OutcomeLink(OutcomeLinkKind.IDEA, Long.MAX_VALUE))))))
			.satisfies(rejected -> assertThat(rejected.problems()).extracting(Rejection.Problem::field)
				.containsExactly("outcomeNl", "links"));
		assertThat(outcomes.outcome(consultation, Languages.DUTCH)).isEmpty();
	}

	@Test
	void thoseWhoAnswered_hearOnceThatTheResultsAreOut_andOnceOfTheOutcome_alsoInAnAnonymousConsultation() {
		TestResident anonymous = TestResident.signIn(context, "Anonieme Bewoner");
		TestResident named = TestResident.signIn(context, "Bewoner Met Naam");
		TestResident bystander = TestResident.signIn(context, "Buitenstaander");
		Long anonymousOne = rows.withResultsOut("Anoniem gevraagd " + unique, true);
		Long namedOne = rows.withResultsOut("Met naam gevraagd " + unique, false);
		Long notYet = rows.consultation("Nog geen uitslag " + unique, true, Instant.now().minus(Duration.ofHours(1)),
				Instant.now().plus(Duration.ofDays(1)));
		rows.response(anonymousOne, anonymous.accountId(), false, Instant.now().minus(Duration.ofDays(3)));
		rows.response(namedOne, named.accountId(), true, Instant.now().minus(Duration.ofDays(3)));
		rows.response(notYet, anonymous.accountId(), false, Instant.now().minus(Duration.ofDays(3)));

		assertThat(announcer.announceDue()).isGreaterThanOrEqualTo(2);
		assertThat(announcer.announceDue()).as("each consultation once").isZero();
		assertThat(announcer.announcedAt(notYet)).isNull();

		assertThat(notices(anonymous, "notice.consultation.results")).extracting(NoticeView::link)
			.containsExactly("raadplegingen/" + anonymousOne);
		assertThat(notices(named, "notice.consultation.results")).extracting(NoticeView::subject)
			.containsExactly("Met naam gevraagd " + unique);
		assertThat(notices(bystander, "notice.consultation.results")).isEmpty();

		demo.run("moderator", () -> {
			outcomes.publish(anonymousOne, new OutcomeInput("Dit doen we ermee.", "", List.of()));
			outcomes.publish(anonymousOne, new OutcomeInput("Dit doen we ermee, aangevuld.", "", List.of()));
		});

		assertThat(notices(anonymous, "notice.consultation.outcome")).as("once, not at the change")
			.extracting(NoticeView::link)
			.containsExactly("raadplegingen/" + anonymousOne);
		assertThat(notices(named, "notice.consultation.outcome")).isEmpty();
		assertThat(notices(bystander, "notice.consultation.outcome")).isEmpty();
	}

	private static List<NoticeView> notices(TestResident who, String key) {
		return who.notices().stream().filter(notice -> notice.messageKey().equals(key)).toList();
	}

}
