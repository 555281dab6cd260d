package nl.wijkstem.base;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A text kept in both languages of the platform. Dutch is the source; English falls back
 * to Dutch when a translation is missing, so nobody ever sees an empty label.
 */
@Embeddable
public record LocalizedText(String nl, String en) {

	public String in(Locale locale) {
		return englishIn(locale) ? en : nl;
	}

	/**
	 * The language of {@link #in(Locale)}'s text: Dutch also on an English page when the
	 * translation is missing, which that page must then mark (WCAG 3.1.2).
	 */
	public String languageIn(Locale locale) {
		return englishIn(locale) ? Languages.ENGLISH.getLanguage() : Languages.DUTCH.getLanguage();
	}

	private boolean englishIn(Locale locale) {
		return Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) && en != null && !en.isBlank();
	}

}
