package nl.wijkstem.moderation.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.DisplayFormats;

/**
 * A moment as a moderator reads it in the queue: the date and time, and how long ago in
 * words ("3 dagen geleden").
 */
final class WaitingTime {

	private WaitingTime() {
	}

	static String dateAndAge(Component view, Locale locale, Instant then, Instant now) {
		return view.getTranslation("moderation.queue.when", DisplayFormats.dateTime(then, locale),
				ago(view, then, now));
	}

	static String ago(Component view, Instant then, Instant now) {
		Duration age = Duration.between(then, now);
		if (age.toMinutes() < 60) {
			return view.getTranslation("moderation.queue.ago.minutes", Math.max(0, age.toMinutes()));
		}
		if (age.toHours() < 24) {
			return view.getTranslation("moderation.queue.ago.hours", age.toHours());
		}
		return view.getTranslation("moderation.queue.ago.days", age.toDays());
	}

}
