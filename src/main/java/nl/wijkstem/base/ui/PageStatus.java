package nl.wijkstem.base.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkstem.base.DatabaseOutage;

/**
 * The HTTP status of the first response for a page: 404 for an address that leads to no
 * view or names a thing that is not there (for this person), 403 for a signed-in person
 * whose role the view does not admit, 503 when the database cannot be reached to tell;
 * 200 otherwise, also when a signed-out person is sent on to the sign-in page. Browsers
 * show the same friendly translated page as before; search engines, link checkers and
 * monitoring now hear the truth.
 * <p>
 * Vaadin decides what to show only after the page has loaded, in its own request, so the
 * status is worked out here, when Vaadin writes the page, from the same route table, the
 * same access annotations and each module's own existence test
 * ({@link AddressedSubjects}). Vaadin's eager server load would give the status too but
 * stays off: see docs/security.md.
 */
@org.springframework.stereotype.Component
class PageStatus implements VaadinServiceInitListener {

	private final AccessAnnotationChecker access = new AccessAnnotationChecker();

	private final Map<Class<? extends Component>, Predicate<RouteParameters>> subjects = new HashMap<>();

	PageStatus(List<AddressedSubjects> modules) {
		modules.forEach(module -> subjects.putAll(module.checks()));
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		RouteRegistry routes = event.getSource().getRouter().getRegistry();
		event.addIndexHtmlRequestListener(page -> answer(page, routes));
	}

	private void answer(IndexHtmlResponse page, RouteRegistry routes) {
		VaadinRequest request = page.getVaadinRequest();
		if (!(request instanceof VaadinServletRequest servletRequest)) {
			return;
		}
		int status = statusOf(path(request), routes, servletRequest.getHttpServletRequest());
		if (status != HttpServletResponse.SC_OK) {
			page.getVaadinResponse().setStatus(status);
		}
	}

	int statusOf(String path, RouteRegistry routes, HttpServletRequest request) {
		NavigationRouteTarget found = routes.getNavigationRouteTarget(path);
		if (!found.hasTarget()) {
			return HttpServletResponse.SC_NOT_FOUND;
		}
		Class<? extends Component> view = found.getRouteTarget().getTarget();
		if (!access.hasAccess(view, request)) {
			return request.getUserPrincipal() == null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN;
		}
		Predicate<RouteParameters> exists = subjects.get(view);
		if (exists == null) {
			return HttpServletResponse.SC_OK;
		}
		try {
			return exists.test(found.getRouteParameters()) ? HttpServletResponse.SC_OK
					: HttpServletResponse.SC_NOT_FOUND;
		}
		catch (RuntimeException ex) {
			if (DatabaseOutage.causedBy(ex)) {
				// the page will say Wijkstem is temporarily unavailable: so does the
				// status
				return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
			}
			throw ex;
		}
	}

	private static String path(VaadinRequest request) {
		String path = request.getPathInfo();
		if (path == null) {
			return "";
		}
		return path.startsWith("/") ? path.substring(1) : path;
	}

}
