package nl.wijkstem.base.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.dom.Element;

/**
 * The words of Vaadin's calendars in the page's language. Without them a date picker
 * shows English month and day names, "Today" and "Cancel", and starts the week on Sunday,
 * also on a Dutch page.
 */
public final class CalendarTexts {

	private CalendarTexts() {
	}

	/** Puts the page's language on a date picker; its own error messages stay its own. */
	public static DatePicker inPageLanguage(DatePicker picker) {
		Locale locale = UI.getCurrent().getLocale();
		picker.setLocale(locale);
		DatePicker.DatePickerI18n texts = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
		picker.setI18n(calendar(texts, locale));
		pointAtTheCalendar(picker.getElement());
		return picker;
	}

	/** The same for a date and time picker, including the names of its two fields. */
	public static DateTimePicker inPageLanguage(DateTimePicker picker) {
		UI ui = UI.getCurrent();
		Locale locale = ui.getLocale();
		picker.setLocale(locale);
		picker.setDatePickerI18n(calendar(new DatePicker.DatePickerI18n(), locale));
		picker.setI18n(new DateTimePicker.DateTimePickerI18n().setDateLabel(ui.getTranslation("calendar.date"))
			.setTimeLabel(ui.getTranslation("calendar.time"))
			.setBadInputErrorMessage(ui.getTranslation("calendar.badInput"))
			.setIncompleteInputErrorMessage(ui.getTranslation("calendar.incomplete")));
		pointAtTheCalendar(picker.getElement());
		return picker;
	}

	/**
	 * An open date picker's field is an expanded combo box that does not say which
	 * element it opened (axe: aria-required-attr); it gets an aria-controls to its
	 * calendar.
	 */
	private static void pointAtTheCalendar(Element picker) {
		picker.executeJs("""
				const field = this.localName === 'vaadin-date-picker' ? this : this.querySelector('vaadin-date-picker');
				field.addEventListener('opened-changed', event => requestAnimationFrame(() => {
				  const input = field.inputElement;
				  const calendar = field.querySelector('vaadin-date-picker-overlay-content');
				  if (!input) return;
				  if (event.detail.value && calendar) {
				    calendar.id = calendar.id || input.id + '-calendar';
				    input.setAttribute('aria-controls', calendar.id);
				  } else {
				    input.removeAttribute('aria-controls');
				  }
				}));
				""");
	}

	private static DatePicker.DatePickerI18n calendar(DatePicker.DatePickerI18n texts, Locale locale) {
		UI ui = UI.getCurrent();
		texts
			.setMonthNames(Arrays.stream(Month.values())
				.map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale))
				.toList())
			.setWeekdays(week(TextStyle.FULL, locale))
			.setWeekdaysShort(week(TextStyle.SHORT, locale))
			.setFirstDayOfWeek(1)
			.setToday(ui.getTranslation("calendar.today"))
			.setCancel(ui.getTranslation("calendar.cancel"));
		if (texts.getBadInputErrorMessage() == null) {
			texts.setBadInputErrorMessage(ui.getTranslation("calendar.badInput"));
		}
		return texts;
	}

	/** Day names from Sunday, as the date picker wants them. */
	private static List<String> week(TextStyle style, Locale locale) {
		return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Arrays.stream(DayOfWeek.values()).limit(6))
			.map(day -> day.getDisplayName(style, locale))
			.toList();
	}

}
