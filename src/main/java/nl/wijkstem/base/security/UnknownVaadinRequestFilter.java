package nl.wijkstem.base.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.server.HandlerHelper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request for a Vaadin request type that does not exist ({@code ?v-r=bogus})
 * with 400 Bad Request. Vaadin itself fails on it with an empty 500, which looks like a
 * broken server to a scanner and to monitoring.
 */
final class UnknownVaadinRequestFilter extends OncePerRequestFilter {

	static final String PARAMETER = "v-r";

	private static final Set<String> KNOWN = Arrays.stream(HandlerHelper.RequestType.values())
		.map(HandlerHelper.RequestType::getIdentifier)
		.collect(Collectors.toUnmodifiableSet());

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getParameter(PARAMETER);
		if (type != null && !KNOWN.contains(type)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

}
