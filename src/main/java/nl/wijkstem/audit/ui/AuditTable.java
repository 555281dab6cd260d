package nl.wijkstem.audit.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.ui.SubjectPages;
import nl.wijkstem.audit.AuditLine;

/**
 * A page of the audit trail as a table, scrollable sideways on a small screen, in the
 * reader's words; a subject links to its page where its module has one. Names, states and
 * reasons are user text: shown as text, long ones shortened (the CSV has them in full).
 */
class AuditTable extends Composite<Div> {

	static final List<String> COLUMNS = List.of("when", "who", "action", "subject", "before", "after", "reason");

	private static final int SHOWN_MAX = 300;

	private final NativeTable table = new NativeTable();

	private final List<SubjectPages> pages;

	AuditTable(List<SubjectPages> pages) {
		this.pages = pages;
		table.setCaptionText(getTranslation("audit.table.caption"));
		table.addClassName("audit-table");
		NativeTableRow head = table.getHead().addRow();
		COLUMNS.forEach(column -> {
			NativeTableHeaderCell cell = head.addHeaderCell();
			cell.setText(getTranslation("audit.column." + column));
			cell.getElement().setAttribute("scope", "col");
		});
		Div scroll = getContent();
		scroll.addClassName("table-scroll");
		// a region that scrolls must be reachable by keyboard
		scroll.getElement().setAttribute("tabindex", "0");
		scroll.getElement().setAttribute("role", "region");
		scroll.getElement().setAttribute("aria-label", getTranslation("audit.table.caption"));
		scroll.add(table);
	}

	void show(List<AuditLine> lines) {
		NativeTableBody body = table.getBody();
		body.removeAllRows();
		lines.forEach(line -> {
			NativeTableRow row = body.addRow();
			row.addClassName("audit-entry");
			row.add(new NativeTableCell(DisplayFormats.dateTime(line.entry().occurredAt(), getLocale())),
					new NativeTableCell(line.who()), new NativeTableCell(line.action()),
					new NativeTableCell(subject(line)), text(line.before()), text(line.after()),
					text(line.entry().reason()));
		});
		setVisible(!lines.isEmpty());
	}

	private Component subject(AuditLine line) {
		return pages.stream()
			.flatMap(module -> module.link(line.pageType(), line.pageId(), line.subject()).stream())
			.<Component>map(link -> link)
			.findFirst()
			.orElseGet(() -> new Span(line.subject()));
	}

	private static NativeTableCell text(String value) {
		String shown = value == null ? "" : value;
		if (shown.length() > SHOWN_MAX) {
			shown = shown.substring(0, SHOWN_MAX) + " …";
		}
		NativeTableCell cell = new NativeTableCell(shown);
		cell.addClassName("user-text");
		return cell;
	}

}
