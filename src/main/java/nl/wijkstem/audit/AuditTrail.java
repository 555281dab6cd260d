package nl.wijkstem.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.CsvWriter;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail for administrators: read it page by page with filters, or export what a
 * filter finds as CSV. Nothing here changes the trail; only {@link AuditRecorder} appends
 * to it.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	static final int MAX_PAGE_SIZE = 200;

	private static final int EXPORT_BATCH = 1000;

	private final AuditQueries queries;

	private final SubjectNaming naming;

	AuditTrail(AuditQueries queries, SubjectNaming naming) {
		this.queries = queries;
		this.naming = naming;
	}

	/**
	 * One page of the entries the filter finds, newest first, in the reader's words with
	 * their subjects named.
	 */
	@RolesAllowed(Roles.ADMIN)
	public AuditPage page(AuditFilter filter, int page, int pageSize, AuditWords words) {
		int size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
		int offset = Math.max(0, page) * size;
		return new AuditPage(naming.lines(queries.page(filter, offset, size), words), queries.count(filter));
	}

	/** The actions, people and kinds of subject the trail holds, to filter by. */
	@RolesAllowed(Roles.ADMIN)
	public AuditFilterOptions options() {
		return new AuditFilterOptions(queries.actions(), queries.actors(), queries.subjectTypes());
	}

	/**
	 * Writes every entry the filter finds, newest first, as CSV: in the reader's words as
	 * on the page, then the codes as recorded. Reads the trail in parts, so a long trail
	 * never sits in memory at once.
	 */
	@RolesAllowed(Roles.ADMIN)
	public void exportCsv(AuditFilter filter, AuditWords words, OutputStream out) throws IOException {
		CsvWriter writer = new CsvWriter(out);
		AuditCsv.header(writer, words);
		AuditEntryView last = null;
		List<AuditEntryView> batch;
		do {
			batch = queries.after(filter, last, EXPORT_BATCH);
			for (AuditLine line : naming.lines(batch, words)) {
				AuditCsv.line(writer, line);
			}
			last = batch.isEmpty() ? last : batch.getLast();
		}
		while (batch.size() == EXPORT_BATCH);
		writer.flush();
	}

}
