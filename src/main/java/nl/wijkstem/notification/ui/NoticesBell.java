package nl.wijkstem.notification.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
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
		Bell bell = new Bell(notifications);
		bell.show(notifications.unreadCount());
		return Optional.of(bell);
	}

	/**
	 * The header stays while the person moves between pages, so the bell counts again
	 * after every navigation: it clears as soon as the notices page has marked them read,
	 * and shows notices that came in meanwhile, without reloading the page.
	 */
	static final class Bell extends RouterLink implements AfterNavigationObserver {

		private final NotificationService notifications;

		Bell(NotificationService notifications) {
			super("", NoticesView.class);
			this.notifications = notifications;
			addClassName("notices-bell");
		}

		@Override
		public void afterNavigation(AfterNavigationEvent event) {
			show(notifications.unreadCount());
		}

		void show(long unread) {
			setText(unread == 0 ? getTranslation("notices.bell") : getTranslation("notices.bell.unread", unread));
			setClassName("notices-bell--unread", unread > 0);
		}

	}

}
