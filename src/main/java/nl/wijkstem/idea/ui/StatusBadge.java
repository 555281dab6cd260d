package nl.wijkstem.idea.ui;

import java.util.Locale;

import com.vaadin.flow.component.HasStyle;
import nl.wijkstem.idea.IdeaStatus;

/**
 * The look of an idea's status wherever it is shown: each stage of the lifecycle has its
 * own colour and symbol (frontend/wijkstem/styles/wijkstem.css), so "Kan niet" and
 * "Gekozen" are never told apart by their words alone. The symbol is decoration: screen
 * readers hear only the status's name.
 */
public final class StatusBadge {

	private StatusBadge() {
	}

	/** Marks the component as the badge of this status. */
	public static <T extends HasStyle> T mark(T badge, IdeaStatus status) {
		badge.addClassName("status-badge");
		badge.addClassName("status-badge--" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		return badge;
	}

}
