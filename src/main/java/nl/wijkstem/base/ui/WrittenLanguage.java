package nl.wijkstem.base.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Component;

/**
 * Marks text a resident wrote with the language it is written in, when that is not the
 * page's: a screen reader then reads an English idea on a Dutch page with English
 * pronunciation (WCAG 3.1.2, language of parts). Nothing is marked when the language is
 * unknown.
 */
public final class WrittenLanguage {

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar");

	private WrittenLanguage() {
	}

	/**
	 * @param language an ISO 639-1 code, or "und" (undetermined), or {@code null}
	 * @param page the language of the page the component is on
	 * @return the component, for chaining
	 */
	public static <T extends Component> T mark(T component, String language, Locale page) {
		if (language == null || language.isBlank() || "und".equals(language) || language.equals(page.getLanguage())) {
			return component;
		}
		component.getElement().setAttribute("lang", language);
		if (RIGHT_TO_LEFT.contains(language)) {
			component.getElement().setAttribute("dir", "rtl");
		}
		return component;
	}

}
