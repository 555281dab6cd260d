package nl.wijkstem.consultation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.LocalizedText;
import nl.wijkstem.base.SubjectName;
import nl.wijkstem.base.SubjectNames;
import nl.wijkstem.base.security.Roles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers in the audit trail, known by their consultation: an answer has no name of its
 * own, and its words are not repeated in the trail.
 */
@Component
class AnswerSubjectNames implements SubjectNames {

	private final JdbcClient sql;

	AnswerSubjectNames(JdbcClient sql) {
		this.sql = sql;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(ReviewActions.ANSWER);
	}

	@Override
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public Map<Long, SubjectName> names(String subjectType, Collection<Long> ids, Locale locale) {
		Map<Long, SubjectName> names = new HashMap<>();
		sql.sql("""
				select a.id, c.id, c.title_nl, c.title_en from consultation_answer a
				join consultation_response r on r.id = a.response_id
				join consultation c on c.id = r.consultation_id where a.id in (:ids)""")
			.param("ids", Set.copyOf(ids))
			.query((row, number) -> names.put(row.getLong(1),
					new SubjectName(ReviewActions.CONSULTATION, row.getLong(2),
							new LocalizedText(row.getString(3), row.getString(4)).in(locale))))
			.list();
		return names;
	}

}
