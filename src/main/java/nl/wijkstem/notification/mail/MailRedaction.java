package nl.wijkstem.notification.mail;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import nl.wijkstem.idea.IdeaTextRedacted;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A moderator took personal data out of an idea's title: the notices kept for mail (in
 * the outbox, waiting or sent, and in digests) name the idea by its new title, as the
 * in-app notices do. Only rows whose text holds an earlier title are read.
 */
@Component
class MailRedaction {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	MailRedaction(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	@PermitAll
	public void on(IdeaTextRedacted redacted) {
		for (String earlier : redacted.removedTitles()) {
			if (!earlier.isBlank()) {
				rewrite("email_outbox", "kind = 'NOTICE' and ", earlier, redacted.currentTitle());
				rewrite("digest_item", "", earlier, redacted.currentTitle());
			}
		}
	}

	private void rewrite(String table, String condition, String earlier, String current) {
		List<Row> rows = jdbc
			.sql("select id, payload from " + table + " where " + condition + "payload like :pattern escape '!'")
			.param("pattern", "%" + likeLiteral(inJson(earlier)) + "%")
			.query((row, index) -> new Row(row.getLong(1), row.getString(2)))
			.list();
		for (Row row : rows) {
			NoticePayload before = NoticePayload.of(row.payload());
			NoticePayload after = new NoticePayload(before.messageKey(), before.subject().replace(earlier, current),
					before.detail().replace(earlier, current), before.link(), before.kind());
			jdbc.sql("update " + table + " set payload = :payload where id = :id")
				.param("payload", after.json())
				.param("id", row.id())
				.update();
		}
	}

	/** The title as it stands inside the JSON of a payload, without its quotes. */
	private static String inJson(String text) {
		String quoted = JSON.writeValueAsString(text);
		return quoted.substring(1, quoted.length() - 1);
	}

	private static String likeLiteral(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private record Row(Long id, String payload) {
	}

}
