package nl.wijkstem.base;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A year in the browser's cache for the production bundle under {@code VAADIN/build},
 * whose file names change with their content (Vite puts a content hash in each). Vaadin
 * gives them only an hour, so a returning resident on a slow phone fetched 400 KB again
 * every hour for nothing. Everything else keeps what it had: a year for the stylesheets
 * Vaadin links with their content hash ({@code ?v-c=}, Vaadin's own rule), an hour with
 * revalidation for files whose address does not change (our own scripts, the WebJars,
 * whose addresses name no version: {@code spring.web.resources.cache}), and nothing at
 * all for the pages.
 * <p>
 * Only a value the file server itself sets is replaced: a page, a missing file or
 * development mode (where Vaadin says {@code no-cache}) is left alone.
 */
@Configuration(proxyBeanMethods = false)
class StaticFileCaching {

	static final String LONG = "max-age=" + Duration.ofDays(365).toSeconds() + ", immutable";

	/** A Vite output name: the file's name, a dash, eight characters of content hash. */
	private static final Pattern HASHED_BUNDLE_FILE = Pattern
		.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css)");

	@Bean
	FilterRegistrationBean<VersionedFiles> versionedFileCaching() {
		FilterRegistrationBean<VersionedFiles> registration = new FilterRegistrationBean<>(new VersionedFiles());
		registration.addUrlPatterns("/VAADIN/build/*");
		// before Spring Security, whose headers writer adds "no-store" when nobody set a
		// Cache-Control
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static boolean isVersioned(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return HASHED_BUNDLE_FILE.matcher(path).matches();
	}

	static final class VersionedFiles extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) || !isVersioned(request)) {
				chain.doFilter(request, response);
				return;
			}
			chain.doFilter(request, new HttpServletResponseWrapper(response) {

				@Override
				public void setHeader(String name, String value) {
					super.setHeader(name, longLived(name, value));
				}

				@Override
				public void addHeader(String name, String value) {
					super.addHeader(name, longLived(name, value));
				}

				private String longLived(String name, String value) {
					boolean served = getStatus() == SC_OK || getStatus() == SC_NOT_MODIFIED;
					return "Cache-Control".equalsIgnoreCase(name) && served && value != null
							&& value.contains("max-age=") && !value.contains("max-age=0") ? LONG : value;
				}

			});
		}

	}

}
