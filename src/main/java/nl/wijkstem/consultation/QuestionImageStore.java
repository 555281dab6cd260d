package nl.wijkstem.consultation;

import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/**
 * Question images in the database (consultation_image): few and small, so they need no
 * file storage and travel with a backup of the database.
 */
@Component
class QuestionImageStore {

	private final JdbcTemplate jdbc;

	private final SimpleJdbcInsert insert;

	QuestionImageStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.insert = new SimpleJdbcInsert(jdbc).withTableName("consultation_image")
			.usingColumns("content_type", "content")
			.usingGeneratedKeyColumns("id");
	}

	Long store(QuestionImageFile image) {
		return insert.executeAndReturnKey(Map.of("content_type", image.contentType(), "content", image.bytes()))
			.longValue();
	}

	Optional<QuestionImageFile> read(Long imageId) {
		return jdbc
			.query("select content_type, content from consultation_image where id = ?",
					(row, number) -> new QuestionImageFile(row.getString(1), row.getBytes(2)), imageId)
			.stream()
			.findFirst();
	}

	void delete(Long imageId) {
		jdbc.update("delete from consultation_image where id = ?", imageId);
	}

}
