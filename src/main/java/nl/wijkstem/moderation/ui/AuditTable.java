package nl.wijkstem.moderation.ui;

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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.moderation.audit.AuditEntryView;

/**
 * A page of the audit trail as a table, scrollable sideways on a small screen. Names,
 * states and reasons are user text: shown as text, long ones shortened (the CSV has them
 * in full).
 */
class AuditTable extends Composite<Div> {

	static final List<String> COLUMNS = List.of("when", "who", "action", "subject", "before", "after", "reason");

	private static final int SHOWN_MAX = 300;

	private final NativeTable table = new NativeTable();

	private final AuditLabels labels;

	AuditTable() {
		labels = new AuditLabels(this);
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

	void show(List<AuditEntryView> entries) {
		NativeTableBody body = table.getBody();
		body.removeAllRows();
		entries.forEach(entry -> {
			NativeTableRow row = body.addRow();
			row.addClassName("audit-entry");
			row.add(new NativeTableCell(DisplayFormats.dateTime(entry.occurredAt(), getLocale())),
					new NativeTableCell(labels.name(entry.actorName())),
					new NativeTableCell(labels.action(entry.action())), new NativeTableCell(subject(entry)),
					text(labels.state(entry.before())), text(labels.state(entry.after())), text(entry.reason()));
		});
		setVisible(!entries.isEmpty());
	}

	private Component subject(AuditEntryView entry) {
		String text = labels.subject(entry.subjectType(), entry.subjectId());
		if ("idea".equals(entry.subjectType()) && entry.subjectId() != null) {
			return new RouterLink(text, ModerationItemView.class,
					new RouteParameters(ModerationItemView.ID_PARAMETER, entry.subjectId().toString()));
		}
		return new Span(text);
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
