package nl.wijkstem.notification.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.HeaderWidget;
import nl.wijkstem.notification.NotificationService;

/**
 * The header link to the resident's notices, with the number still unread.
 */
@org.springframework.stereotype.Component
class NoticesBell implements HeaderWidget {

	private final NotificationService notifications;

	private final CurrentUser currentUser;

	NoticesBell(NotificationService notifications, CurrentUser currentUser) {
		this.notifications = notifications;
		this.currentUser = currentUser;
	}

	@Override
	public Optional<Component> create() {
		if (!currentUser.hasRole(Roles.RESIDENT)) {
			return Optional.empty();
		}
		UI ui = UI.getCurrent();
		long unread = notifications.unreadCount();
		String text = unread == 0 ? ui.getTranslation("notices.bell")
				: ui.getTranslation("notices.bell.unread", unread);
		RouterLink link = new RouterLink(text, NoticesView.class);
		link.addClassName("notices-bell");
		if (unread > 0) {
			link.addClassName("notices-bell--unread");
		}
		return Optional.of(link);
	}

}
