package nl.wijkstem.base.ui;

import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.wijkstem.base.Rejection;

/**
 * How every view says why a service refused: each problem in the person's language, next
 * to the field it concerns when the form has that field, the rest together.
 */
public final class RejectionMessages {

	private static final int SHOWN_FOR_MS = 6000;

	private RejectionMessages() {
	}

	public static String text(Component view, Rejection.Problem problem) {
		return view.getTranslation(problem.messageKey(), problem.arguments());
	}

	/** Every problem, in one text. */
	public static String text(Component view, Rejection rejected) {
		return rejected.problems().stream().map(problem -> text(view, problem)).collect(Collectors.joining(" "));
	}

	/** Every problem in a notification in the middle of the screen. */
	public static void show(Component view, Rejection rejected) {
		Notification.show(text(view, rejected), SHOWN_FOR_MS, Notification.Position.MIDDLE)
			.addThemeVariants(NotificationVariant.LUMO_WARNING);
	}

	/**
	 * Puts each problem on its field ({@code fieldFor} gives {@code null} when the form
	 * has none by that name).
	 * @return the problems that belong to no field, in one text; empty when there are
	 * none
	 */
	public static String showOnFields(Component view, Rejection rejected, Function<String, HasValidation> fieldFor) {
		StringBuilder general = new StringBuilder();
		for (Rejection.Problem problem : rejected.problems()) {
			HasValidation field = problem.field() == null ? null : fieldFor.apply(problem.field());
			if (field == null) {
				general.append(general.isEmpty() ? "" : " ").append(text(view, problem));
			}
			else {
				field.setErrorMessage(text(view, problem));
				field.setInvalid(true);
			}
		}
		return general.toString();
	}

}
