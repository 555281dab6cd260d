package nl.wijkstem.base.ui;

import java.util.Map;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

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
