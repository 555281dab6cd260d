package nl.wijkstem.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.notification.mail.SentMails;

/**
 * One kept mail as the resident would have received it: sender, recipient, subject, the
 * HTML part as a mail program shows it, and the plain-text part. The HTML is shown in a
 * frame sandboxed without any permission (no scripts, no forms, an origin of its own), so
 * whatever a mail contained cannot act on this page.
 */
@Route("admin/mail/:" + SentMailDetailView.MAIL_PARAMETER + "([0-9]{1,18})")
@RolesAllowed(Roles.ADMIN)
public class SentMailDetailView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String MAIL_PARAMETER = "mailId";

	private final SentMails mails;

	private String title = "";

	SentMailDetailView(SentMails mails) {
		this.mails = mails;
		getContent().addClassName("sent-mail-detail-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		SentMails.Mail mail = event.getRouteParameters().getLong(MAIL_PARAMETER).flatMap(mails::mail).orElse(null);
		if (mail == null) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		title = mail.subject();
		RouterLink back = new RouterLink(getTranslation("sentMail.back"), SentMailView.class);
		back.addClassName("admin-back");
		DescriptionList facts = new DescriptionList();
		facts.addClassName("data-list");
		fact(facts, "sentMail.column.sentAt", DisplayFormats.dateTime(mail.sentAt(), getLocale()));
		fact(facts, "sentMail.column.from", mail.sender());
		fact(facts, "sentMail.column.to", mail.recipient());
		H1 heading = new H1(mail.subject());
		heading.addClassName("user-text");
		IFrame rendered = new IFrame();
		rendered.setSrcdoc(mail.html());
		// an empty sandbox: every permission withheld
		rendered.getElement().setAttribute("sandbox", "");
		rendered.getElement().setAttribute("referrerpolicy", "no-referrer");
		rendered.getElement().setAttribute("title", getTranslation("sentMail.html.frame"));
		rendered.addClassName("sent-mail-html");
		Pre text = new Pre(mail.text());
		text.addClassName("sent-mail-text");
		Div content = getContent();
		content.removeAll();
		content.add(back, heading, facts, new H2(getTranslation("sentMail.html.title")), rendered,
				new H2(getTranslation("sentMail.text.title")), text);
	}

	private void fact(DescriptionList list, String termKey, String value) {
		DescriptionList.Description description = new DescriptionList.Description(value);
		description.addClassName("user-text");
		list.add(new DescriptionList.Term(getTranslation(termKey)), description);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", title);
	}

}
