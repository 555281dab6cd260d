package nl.wijkstem.moderation.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.wijkstem.idea.IdeaRejectedException;

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

	static void refused(Component view, IdeaRejectedException rejected) {
		warn(rejected.problems()
			.stream()
			.map(problem -> view.getTranslation(problem.messageKey(), problem.arguments()))
			.collect(Collectors.joining(" ")));
	}

}
