package nl.wijkstem.base;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Routes are English: lower case, words joined by hyphens, a plural for a list
 * ({@code admin/rounds}) and a singular for one thing ({@code admin/round/12}). The Dutch
 * paths of before answer with a permanent redirect to their successors, so bookmarks,
 * printed letters and links in old e-mails keep working. A route renamed later is added
 * here.
 */
@Configuration(proxyBeanMethods = false)
class RenamedPaths {

	/** Old path (without the leading slash) and new path, longest first. */
	static final List<Map.Entry<String, String>> RENAMED = List.of(Map.entry("beheer/stemrondes", "admin/rounds"),
			Map.entry("beheer/stemronde", "admin/round"), Map.entry("beheer/ideeen", "admin/ideas"),
			Map.entry("beheer/audit", "admin/audit"), Map.entry("beheer/adressen", "admin/addresses"),
			Map.entry("beheer", "admin"), Map.entry("bewoners", "residents"), Map.entry("mijn-gegevens", "my/data"),
			Map.entry("toegankelijkheid", "accessibility"));

	@Bean
	FilterRegistrationBean<Redirect> renamedPathsRedirect() {
		FilterRegistrationBean<Redirect> registration = new FilterRegistrationBean<>(new Redirect());
		// before security: an old address of a page that needs a sign-in first moves on
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Paths under an old prefix that are routes of their own: the consultations module's
	 * staff pages were given Dutch paths under {@code beheer/} after the rename.
	 */
	static final List<String> KEPT = List.of("beheer/raadplegingen");

	/** The new path for a renamed one, or {@code null} when the path was not renamed. */
	static String successor(String path) {
		for (String kept : KEPT) {
			if (path.equals(kept) || path.startsWith(kept + "/")) {
				return null;
			}
		}
		for (Map.Entry<String, String> renamed : RENAMED) {
			String old = renamed.getKey();
			if (path.equals(old) || path.startsWith(old + "/")) {
				String rest = path.substring(old.length());
				if (old.equals("beheer/stemrondes") && rest.endsWith("/controle")) {
					rest = rest.substring(0, rest.length() - "/controle".length()) + "/integrity";
				}
				return renamed.getValue() + rest;
			}
		}
		return null;
	}

	static final class Redirect extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String method = request.getMethod();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String successor = ("GET".equals(method) || "HEAD".equals(method)) && path.startsWith("/")
					? successor(path.substring(1)) : null;
			if (successor == null) {
				chain.doFilter(request, response);
				return;
			}
			String query = request.getQueryString();
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location",
					request.getContextPath() + "/" + successor + (query == null ? "" : "?" + query));
		}

	}

}
