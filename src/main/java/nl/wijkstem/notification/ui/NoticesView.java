package nl.wijkstem.notification.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.notification.NoticeView;
import nl.wijkstem.notification.NotificationService;

/**
 * The resident's notices, newest first. Opening the list marks them read.
 */
@Route("notices")
@RolesAllowed(Roles.RESIDENT)
public class NoticesView extends Composite<Div> implements HasDynamicTitle {

	NoticesView(NotificationService notifications) {
		List<NoticeView> notices = notifications.myNotices();
		notifications.markAllRead();
		getContent().addClassName("notices-view");
		getContent().add(new H1(getTranslation("notices.title")));
		if (notices.isEmpty()) {
			getContent().add(new Paragraph(getTranslation("notices.none")));
			return;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("card-list");
		notices.forEach(notice -> list.add(item(notice)));
		getContent().add(list);
	}

	private ListItem item(NoticeView notice) {
		ListItem item = new ListItem(new H2(getTranslation(notice.messageKey() + ".title")),
				new Paragraph(getTranslation(notice.messageKey() + ".text", notice.subject())));
		if (!notice.detail().isBlank()) {
			Paragraph detail = new Paragraph(notice.detail());
			detail.addClassName("notice");
			item.add(detail);
		}
		item.add(new Paragraph(DisplayFormats.dateTime(notice.createdAt(), getLocale())));
		if (notice.link() != null) {
			item.add(new Anchor(notice.link(),
					getTranslation(notice.link().startsWith("vote/") ? "notices.open.round" : "notices.open")));
		}
		item.addClassName("card");
		if (notice.unread()) {
			item.addClassName("card--unread");
		}
		return item;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("notices.title"));
	}

}
