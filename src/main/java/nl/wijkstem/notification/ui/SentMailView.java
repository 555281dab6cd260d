package nl.wijkstem.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.AdminView;
import nl.wijkstem.base.ui.Pager;
import nl.wijkstem.notification.mail.SentMails;

/**
 * Beheer &gt; Verzonden e-mail: how the outbox stands, and in the demo the mails kept
 * instead of sent, newest first, one page at a time (there can be thousands). A subject
 * opens the mail as the resident would see it.
 */
@Route("admin/mail")
@RolesAllowed(Roles.ADMIN)
public class SentMailView extends Composite<Div> implements HasDynamicTitle {

	static final int PAGE_SIZE = 25;

	private final SentMails mails;

	private final Paragraph count = new Paragraph();

	private final Paragraph empty = new Paragraph();

	private final NativeTable table = new NativeTable();

	private final Div scroll = new Div(table);

	private final Pager pager = new Pager(PAGE_SIZE, page -> refresh());

	SentMailView(SentMails mails) {
		this.mails = mails;
		boolean capturing = mails.capturing();
		SentMails.OutboxState outbox = mails.outbox();
		UnorderedList state = new UnorderedList(
				new ListItem(getTranslation("sentMail.outbox.pending", outbox.pending())),
				new ListItem(getTranslation("sentMail.outbox.failed", outbox.failed())),
				new ListItem(getTranslation("sentMail.outbox.bounced", outbox.bounced())));
		state.addClassName("sent-mail-outbox");
		count.getElement().setAttribute("aria-live", "polite");
		empty.setText(getTranslation(capturing ? "sentMail.empty" : "sentMail.notCaptured"));
		empty.addClassName("sent-mail-empty");
		table.setCaptionText(getTranslation("sentMail.table.caption"));
		table.addClassNames("audit-table", "sent-mail-table");
		NativeTableRow head = table.getHead().addRow();
		for (String column : new String[] { "subject", "to", "sentAt", "from" }) {
			NativeTableHeaderCell cell = head.addHeaderCell();
			cell.setText(getTranslation("sentMail.column." + column));
			cell.getElement().setAttribute("scope", "col");
		}
		scroll.addClassName("table-scroll");
		// a region that scrolls must be reachable by keyboard
		scroll.getElement().setAttribute("tabindex", "0");
		scroll.getElement().setAttribute("role", "region");
		scroll.getElement().setAttribute("aria-label", getTranslation("sentMail.table.caption"));
		getContent().addClassName("sent-mail-view");
		getContent().add(AdminView.backLink(this), new H1(getTranslation("sentMail.title")),
				new Paragraph(getTranslation(capturing ? "sentMail.intro.captured" : "sentMail.intro.sent")),
				new H2(getTranslation("sentMail.outbox.title")), state, new H2(getTranslation("sentMail.list.title")),
				count, empty, scroll, pager);
		refresh();
	}

	private void refresh() {
		SentMails.Page page = mails.page(pager.page(), PAGE_SIZE);
		NativeTableBody body = table.getBody();
		body.removeAllRows();
		for (SentMails.Line line : page.lines()) {
			NativeTableRow row = body.addRow();
			row.addClassName("sent-mail-line");
			RouterLink subject = new RouterLink(line.subject(), SentMailDetailView.class,
					new RouteParameters(SentMailDetailView.MAIL_PARAMETER, String.valueOf(line.id())));
			// the subject (the way to the mail) first, so a phone shows it without
			// scrolling
			row.add(new NativeTableCell(subject), text(line.recipient()),
					new NativeTableCell(DisplayFormats.dateTime(line.sentAt(), getLocale())), text(line.sender()));
		}
		count.setText(getTranslation("sentMail.count", page.total()));
		count.setVisible(page.total() > 0);
		empty.setVisible(page.total() == 0);
		scroll.setVisible(!page.lines().isEmpty());
		pager.update(page.total());
	}

	private static NativeTableCell text(String value) {
		NativeTableCell cell = new NativeTableCell(value);
		cell.addClassName("user-text");
		return cell;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("sentMail.title"));
	}

}
