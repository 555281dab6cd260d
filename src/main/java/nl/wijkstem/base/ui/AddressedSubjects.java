package nl.wijkstem.base.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import nl.wijkstem.base.Rejection;

/**
 * A feature module's pages whose address names one of its things (an idea, a voting
 * round), each with the test whether that thing is there for the person asking. The first
 * response for such a page then answers 404 where the page will say "not found"
 * ({@link PageStatus}).
 */
public interface AddressedSubjects {

	/**
	 * The views, each with its test; a test runs only after the view's access rules let
	 * the person in, and must use the same rule as the view.
	 */
	Map<Class<? extends Component>, Predicate<RouteParameters>> checks();

	/**
	 * What a page's address names, as the service gives it to the person asking; empty
	 * when the service refuses (unknown, or not for this person), and the page says "not
	 * found" instead.
	 */
	static <T> Optional<T> load(BeforeEnterEvent event, String parameter, Function<Long, T> service) {
		try {
			return Optional.of(service.apply(event.getRouteParameters().getLong(parameter).orElse(null)));
		}
		catch (Rejection unknown) {
			event.rerouteToError(NotFoundException.class);
			return Optional.empty();
		}
	}

	/**
	 * The same for a page that may also go without a thing (a new one): the page gets
	 * {@code null} then.
	 */
	static <T> void loadIfNamed(BeforeEnterEvent event, String parameter, Function<Long, T> service, Consumer<T> page) {
		if (event.getRouteParameters().getLong(parameter).isEmpty()) {
			page.accept(null);
			return;
		}
		load(event, parameter, service).ifPresent(page);
	}

	/** The test of a view whose address must name a thing that is there. */
	static Predicate<RouteParameters> named(String parameter, Predicate<Long> there) {
		return parameters -> parameters.getLong(parameter).map(there::test).orElse(false);
	}

	/**
	 * The test of a view that may also go without a thing (a new one, the current one),
	 * but a thing it names must be there.
	 */
	static Predicate<RouteParameters> namedIfAny(String parameter, Predicate<Long> there) {
		return parameters -> parameters.getLong(parameter).map(there::test).orElse(true);
	}

}
