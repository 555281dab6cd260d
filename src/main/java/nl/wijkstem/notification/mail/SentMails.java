package nl.wijkstem.notification.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrators see of the mail: the copies the demo keeps instead of sending
 * (Beheer &gt; Verzonden e-mail), and how the outbox stands.
 */
@Service
@Transactional(readOnly = true)
public class SentMails {

	static final int MAX_PAGE_SIZE = 200;

	private final JdbcClient jdbc;

	private final ObjectProvider<CapturingMailSender> capturing;

	SentMails(JdbcClient jdbc, ObjectProvider<CapturingMailSender> capturing) {
		this.jdbc = jdbc;
		this.capturing = capturing;
	}

	/** One line of the list. */
	public record Line(long id, Instant sentAt, String sender, String recipient, String subject) {
	}

	/** One page, newest first, and how many there are in all. */
	public record Page(List<Line> lines, long total) {

		public Page {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * A kept mail in full. The HTML is the mail as composed, with user text escaped; show
	 * it only in a sandboxed frame.
	 */
	public record Mail(long id, Instant sentAt, String sender, String recipient, String subject, String html,
			String text) {
	}

	/** How many mails wait, were given up on and bounced. */
	public record OutboxState(long pending, long failed, long bounced) {
	}

	/** Whether this installation keeps mail instead of sending it (the demo). */
	@RolesAllowed(Roles.ADMIN)
	public boolean capturing() {
		return capturing.getIfAvailable() != null;
	}

	@RolesAllowed(Roles.ADMIN)
	public Page page(int page, int pageSize) {
		int size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
		List<Line> lines = jdbc.sql("""
				select id, sent_at, sender, recipient, subject from sent_mail
				order by sent_at desc, id desc offset :offset rows fetch next :size rows only""")
			.param("offset", (long) Math.max(0, page) * size)
			.param("size", size)
			.query((row, index) -> new Line(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
					row.getString(4), row.getString(5)))
			.list();
		long total = jdbc.sql("select count(*) from sent_mail").query(Long.class).single();
		return new Page(lines, total);
	}

	@RolesAllowed(Roles.ADMIN)
	public Optional<Mail> mail(long id) {
		return jdbc.sql("select id, sent_at, sender, recipient, subject, html, text from sent_mail where id = :id")
			.param("id", id)
			.query((row, index) -> new Mail(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
					row.getString(4), row.getString(5), row.getString(6), row.getString(7)))
			.optional();
	}

	@RolesAllowed(Roles.ADMIN)
	public OutboxState outbox() {
		return jdbc.sql("""
				select sum(case when status = 'PENDING' then 1 else 0 end),
				  sum(case when status = 'FAILED' then 1 else 0 end),
				  sum(case when status = 'BOUNCED' then 1 else 0 end)
				from email_outbox where status in ('PENDING', 'FAILED', 'BOUNCED')""")
			.query((row, index) -> new OutboxState(row.getLong(1), row.getLong(2), row.getLong(3)))
			.single();
	}

}
