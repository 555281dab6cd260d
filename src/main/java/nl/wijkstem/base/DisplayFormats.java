package nl.wijkstem.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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

	/** A moment as a date and time field shows it: the time on a Dutch clock. */
	public static LocalDateTime dutchLocal(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, DUTCH_TIME);
	}

	/** The moment a date and time field holds, read on a Dutch clock. */
	public static Instant fromDutchLocal(LocalDateTime local) {
		return local == null ? null : local.atZone(DUTCH_TIME).toInstant();
	}

	/** The day's whole hour in Dutch time, as a form proposes it. */
	public static Instant dutchHour(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(DUTCH_TIME).toInstant();
	}

	/** A calendar date written out, such as "6 december 2026". */
	public static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

}
