package nl.wijkstem.consultation;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who answered a consultation: the has-answered markers, and in a named consultation the
 * responses' accounts too. Answers typed in from paper have no account and hear nothing.
 */
@Component
class RespondentAccounts {

	private final JdbcClient sql;

	RespondentAccounts(JdbcClient sql) {
		this.sql = sql;
	}

	Set<Long> of(Long consultationId) {
		return new HashSet<>(sql.sql("""
				select account_id from consultation_marker where consultation_id = :id
				union
				select account_id from consultation_response where consultation_id = :id and account_id is not null""")
			.param("id", consultationId)
			.query(Long.class)
			.list());
	}

}
