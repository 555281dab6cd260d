package nl.wijkstem.consultation.ui;

import java.util.Locale;
import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.Languages;
import nl.wijkstem.consultation.Audience;
import nl.wijkstem.consultation.ConsultationPhase;

/** Moments, periods and badges of consultations in the person's language. */
final class ConsultationTexts {

	private ConsultationTexts() {
	}

	/** A moment in Dutch time, whatever the server's zone. */
	static String moment(Component view, Instant instant) {
		UI ui = UI.getCurrent();
		return DisplayFormats.dateTime(instant, ui == null ? Languages.DUTCH : ui.getLocale());
	}

	/** When the consultation is open, said as fits where it is in its life. */
	static String period(Component view, ConsultationPhase phase, Instant opensAt, Instant closesAt,
			Instant resultsAt) {
		return switch (phase) {
			case DRAFT, UPCOMING ->
				view.getTranslation("consultation.period.upcoming", moment(view, opensAt), moment(view, closesAt));
			case OPEN -> view.getTranslation("consultation.period.open", moment(view, closesAt));
			case CLOSED ->
				view.getTranslation("consultation.period.closed", moment(view, closesAt), moment(view, resultsAt));
			case RESULTS -> view.getTranslation("consultation.period.results", moment(view, closesAt));
		};
	}

	static Span audienceBadge(Component view, Audience audience) {
		return badge(view.getTranslation("consultation.badge.audience." + audience), "consultation-badge--audience");
	}

	static Span anonymityBadge(Component view, boolean anonymous) {
		return badge(view.getTranslation(anonymous ? "consultation.badge.anonymous" : "consultation.badge.named"),
				"consultation-badge--" + (anonymous ? "anonymous" : "named"));
	}

	static Span phaseBadge(Component view, ConsultationPhase phase) {
		return badge(view.getTranslation("consultation.phase." + phase),
				"consultation-badge--" + phase.name().toLowerCase(Locale.ROOT));
	}

	private static Span badge(String text, String modifier) {
		Span badge = new Span(text);
		badge.addClassNames("status-badge", "consultation-badge", modifier);
		return badge;
	}

}
