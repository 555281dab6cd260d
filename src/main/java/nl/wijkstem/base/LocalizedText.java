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
		if (Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) && en != null && !en.isBlank()) {
			return en;
		}
		return nl;
	}

}
