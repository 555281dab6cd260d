package nl.wijkstem.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How moments are shown to people: in Dutch local time, whatever the server's zone, in
 * the person's language.
 */
public final class DisplayFormats {

	public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

	private DisplayFormats() {
	}

	public static String dateTime(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(instant.atZone(DUTCH_TIME));
	}

	/** A calendar date written out, such as "6 december 2026". */
	public static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

}
