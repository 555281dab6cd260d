package nl.wijkstem.consultation;

import java.time.Clock;
import java.util.List;

import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class DemoConsultationsTest {

	@Autowired
	ConsultationRepository consultations;

	@Autowired
	QuestionRepository questions;

	@Autowired
	ProgrammeService programme;

	@Autowired
	JdbcClient sql;

	@Autowired
	Clock clock;

	@Test
	void theDemo_hasAnOpenConsultationWithAMapAndARanking_andAClosedOneWithResultsAndAnAnswer() {
		Consultation open = byTitle(DemoConsultations.OPEN_TITLE);
		Consultation closed = byTitle(DemoConsultations.CLOSED_TITLE);

		assertThat(open.phase(clock.instant())).isEqualTo(ConsultationPhase.OPEN);
		assertThat(questions.findByConsultationIdOrderByPosition(open.getId())).extracting(Question::getKind)
			.contains(QuestionKind.PLACE, QuestionKind.RANKING, QuestionKind.SECTION, QuestionKind.PROPOSAL);
		assertThat(closed.phase(clock.instant())).isEqualTo(ConsultationPhase.RESULTS);
		assertThat(closed.outcome()).as("the programme bureau's answer").isNotNull();
		assertThat(responses(closed)).isEqualTo(36);
	}

	@Test
	void theDemoPins_lieInsideTheArea_andTheCollectedAnswersHaveNoAccount() {
		Consultation closed = byTitle(DemoConsultations.CLOSED_TITLE);
		List<double[]> pins = sql.sql("""
				select a.latitude, a.longitude from consultation_answer a
				join consultation_response r on r.id = a.response_id
				where r.consultation_id = ? and a.latitude is not null""")
			.param(closed.getId())
			.query((row, number) -> new double[] { row.getDouble(1), row.getDouble(2) })
			.list();

		assertThat(pins).hasSizeGreaterThan(10)
			.allMatch(pin -> programme.containsLocation(pin[0], pin[1]), "inside the area");
		assertThat(sql.sql("select count(*) from consultation_response where account_id is not null or not collected")
			.query(Long.class)
			.single()).isZero();
	}

	private long responses(Consultation consultation) {
		return sql.sql("select count(*) from consultation_response where consultation_id = ?")
			.param(consultation.getId())
			.query(Long.class)
			.single();
	}

	private Consultation byTitle(String title) {
		return consultations.findAll()
			.stream()
			.filter(each -> each.title().nl().equals(title))
			.findFirst()
			.orElseThrow();
	}

}
