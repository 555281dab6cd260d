package nl.wijkstem.moderation.ui;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.RejectionMessages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Tells the moderator what happened, or what the service refused, in their language.
 */
final class BoardMessages {

	private BoardMessages() {
	}

	static void done(String text) {
		Notification.show(text, 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	static void warn(String text) {
		Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
	}

	static void refused(Component view, Rejection rejected) {
		warn(RejectionMessages.text(view, rejected));
	}

}
