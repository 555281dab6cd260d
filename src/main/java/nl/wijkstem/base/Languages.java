package nl.wijkstem.base;

import java.util.List;
import java.util.Locale;

/**
 * The languages Wijkstem speaks. Dutch is the default: residents land in Dutch unless
 * they chose English before.
 */
public final class Languages {

	public static final Locale DUTCH = Locale.of("nl");

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

	private Languages() {
	}

	public static Locale fromTag(String tag) {
		if (tag == null) {
			return DUTCH;
		}
		return SUPPORTED.stream()
			.filter(locale -> locale.getLanguage().equalsIgnoreCase(tag.trim()))
			.findFirst()
			.orElse(DUTCH);
	}

}
