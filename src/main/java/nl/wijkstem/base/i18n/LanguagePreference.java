package nl.wijkstem.base.i18n;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import nl.wijkstem.base.Languages;

/**
 * The language a person chose, remembered in a cookie for a year. It holds only a
 * language code, is needed for the site to work as asked, and so needs no consent.
 */
public final class LanguagePreference {

	static final String COOKIE = "wijkstem-lang";

	private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

	private LanguagePreference() {
	}

	public static Locale of(VaadinRequest request) {
		if (request == null || request.getCookies() == null) {
			return Languages.DUTCH;
		}
		return Arrays.stream(request.getCookies())
			.filter(cookie -> COOKIE.equals(cookie.getName()))
			.findFirst()
			.map(cookie -> Languages.fromTag(cookie.getValue()))
			.orElse(Languages.DUTCH);
	}

	public static void remember(Locale locale, VaadinRequest request, VaadinResponse response) {
		Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
		cookie.setPath(contextPath(request));
		cookie.setMaxAge(ONE_YEAR);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	private static String contextPath(VaadinRequest request) {
		String path = request.getContextPath();
		return path == null || path.isEmpty() ? "/" : path;
	}

}
