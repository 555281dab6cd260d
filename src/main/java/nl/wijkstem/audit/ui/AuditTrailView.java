package nl.wijkstem.audit.ui;

import java.io.OutputStream;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.AdminView;
import nl.wijkstem.base.ui.Pager;
import nl.wijkstem.base.ui.SubjectPages;
import nl.wijkstem.audit.AuditFilter;
import nl.wijkstem.audit.AuditPage;
import nl.wijkstem.audit.AuditTrail;

/**
 * The audit trail for administrators: every moderation action, newest first, filtered by
 * action, person, subject and dates, and the filtered entries as a CSV download.
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
public class AuditTrailView extends Composite<Div> implements HasDynamicTitle {

	static final int PAGE_SIZE = 25;

	static final String CSV_NAME = "wijkstem-logboek.csv";

	private final AuditTrail trail;

	private final Paragraph count = new Paragraph();

	private final Anchor download = new Anchor();

	private final AuditTable table;

	private final Pager pager = new Pager(PAGE_SIZE, page -> refresh());

	private AuditFilter filter = AuditFilter.ALL;

	AuditTrailView(AuditTrail trail, List<SubjectPages> pages) {
		this.trail = trail;
		this.table = new AuditTable(pages);
		AuditFilterBar filters = new AuditFilterBar(trail.options(), changed -> {
			filter = changed;
			pager.reset();
			refresh();
		});
		count.getElement().setAttribute("aria-live", "polite");
		download.setText(getTranslation("audit.download"));
		download.addClassName("call-to-action");
		getContent().addClassName("audit-trail-view");
		getContent().add(AdminView.backLink(this), new H1(getTranslation("audit.title")),
				new Paragraph(getTranslation("audit.intro")), filters, count, new Paragraph(download), table, pager);
		refresh();
	}

	private void refresh() {
		AuditPage page = trail.page(filter, pager.page(), PAGE_SIZE, new AuditLabels(getLocale()));
		count.setText(getTranslation("audit.count", page.total()));
		table.show(page.lines());
		pager.update(page.total());
		download.setHref(csv(filter), AttachmentType.DOWNLOAD);
	}

	/** The entries the filter finds now, streamed as they are read. */
	private DownloadHandler csv(AuditFilter current) {
		AuditLabels words = new AuditLabels(getLocale());
		return event -> {
			event.setFileName(CSV_NAME);
			event.setContentType("text/csv;charset=UTF-8");
			try (OutputStream out = event.getOutputStream()) {
				trail.exportCsv(current, words, out);
			}
		};
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("audit.title"));
	}

}
