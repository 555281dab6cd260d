package nl.wijkstem.base.security;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Where the browser goes after signing out: home, unless the view that signs the person
 * out asked for another public page (after deleting an account: the confirmation). With
 * the identity provider's sign-out (RP-initiated logout) the provider sends the person
 * back to that page, so their session there ends too.
 */
final class SignOutDestination {

	static final String ATTRIBUTE = SignOutDestination.class.getName();

	private static final String BACK = "post_logout_redirect_uri";

	private SignOutDestination() {
	}

	/**
	 * @param target where sign-out would send the browser: a path, or the provider's
	 * end-session address (already encoded) with the way back in {@value #BACK}
	 */
	static String adjust(String target, HttpServletRequest request) {
		if (!(request.getAttribute(ATTRIBUTE) instanceof String page)) {
			return target;
		}
		String back = UriComponentsBuilder.fromUriString(target).build().getQueryParams().getFirst(BACK);
		if (back == null) {
			return request.getContextPath() + "/" + page;
		}
		String home = UriUtils.decode(back, StandardCharsets.UTF_8);
		String redirect = (home.endsWith("/") ? home : home + "/") + page;
		return UriComponentsBuilder.fromUriString(target)
			.replaceQueryParam(BACK, UriUtils.encode(redirect, StandardCharsets.UTF_8))
			.build(true)
			.toUriString();
	}

}
