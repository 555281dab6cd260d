package nl.wijkstem.idea.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.wijkstem.idea.IdeaRejectedException;

/**
 * Says what the service refused, in the person's language.
 */
final class ProblemMessages {

	private ProblemMessages() {
	}

	static String text(Component view, IdeaRejectedException.Problem problem) {
		return view.getTranslation(problem.messageKey(), problem.arguments());
	}

	static String text(Component view, IdeaRejectedException rejected) {
		return rejected.problems().stream().map(problem -> text(view, problem)).collect(Collectors.joining(" "));
	}

	static void show(Component view, IdeaRejectedException rejected) {
		Notification notification = Notification.show(text(view, rejected), 6000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
	}

}
