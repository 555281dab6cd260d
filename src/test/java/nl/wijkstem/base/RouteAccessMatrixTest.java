package nl.wijkstem.base;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import nl.wijkstem.base.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static nl.wijkstem.base.RouteAccessMatrixTest.Outcome.ALLOWED;
import static nl.wijkstem.base.RouteAccessMatrixTest.Outcome.DENIED;
import static nl.wijkstem.base.RouteAccessMatrixTest.Outcome.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route against every kind of visitor. A new route without a row here fails the
 * build: access is decided on purpose, never by accident.
 */
class RouteAccessMatrixTest {

	enum Visitor {

		ANONYMOUS(Set.of()), RESIDENT(Set.of(Roles.RESIDENT)), MODERATOR(Set.of(Roles.RESIDENT, Roles.MODERATOR)),
		ADMIN(Set.of(Roles.RESIDENT, Roles.MODERATOR, Roles.ADMIN));

		final Set<String> roles;

		Visitor(Set<String> roles) {
			this.roles = roles;
		}

	}

	enum Outcome {

		ALLOWED, SIGN_IN, DENIED

	}

	/** Expected outcome per route, in the order anonymous, resident, moderator, admin. */
	private static final Map<String, List<Outcome>> EXPECTED = Map.ofEntries(
			Map.entry("", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("login", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("accessibility", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("privacy", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("my/data", List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("ideas", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("ideas/:ideaId([0-9]{1,18})", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("ideas/new", List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("my/ideas", List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("admin", List.of(SIGN_IN, DENIED, DENIED, ALLOWED)),
			Map.entry("admin/ideas", List.of(SIGN_IN, DENIED, DENIED, ALLOWED)),
			Map.entry("notices", List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("moderation", List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("moderation/:ideaId([0-9]{1,18})", List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("moderation/collect", List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("moderation/templates", List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("admin/audit", List.of(SIGN_IN, DENIED, DENIED, ALLOWED)),
			Map.entry("moderation/goals", List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("programme", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("verify", List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("residents", List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("admin/addresses", List.of(SIGN_IN, DENIED, DENIED, ALLOWED)),
			Map.entry("vote/:roundId?([0-9]{1,18})", List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("vote/:roundId([0-9]{1,18})/results", List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("moderation/ballot/:roundId([0-9]{1,18})", List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("admin/rounds", List.of(SIGN_IN, DENIED, DENIED, ALLOWED)),
			Map.entry("admin/round/:roundId?([0-9]{1,18})", List.of(SIGN_IN, DENIED, DENIED, ALLOWED)),
			Map.entry("admin/rounds/:roundId([0-9]{1,18})/integrity", List.of(SIGN_IN, DENIED, DENIED, ALLOWED)));

	private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

	@Test
	void everyRoute_hasARowInTheMatrix() {
		assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
	}

	@ParameterizedTest(name = "/{0} as {1}: {2}")
	@MethodSource("matrix")
	void route_givesTheExpectedOutcome(String route, Visitor visitor, Outcome expected) {
		Class<?> view = routes().get(route);

		assertThat(outcome(view, visitor)).isEqualTo(expected);
	}

	static Stream<Arguments> matrix() {
		return EXPECTED.entrySet()
			.stream()
			.flatMap(row -> Arrays.stream(Visitor.values())
				.map(visitor -> Arguments.of(row.getKey(), visitor, row.getValue().get(visitor.ordinal()))));
	}

	private Outcome outcome(Class<?> view, Visitor visitor) {
		Principal principal = visitor == Visitor.ANONYMOUS ? null : () -> visitor.name().toLowerCase();
		if (checker.hasAccess(view, principal, visitor.roles::contains)) {
			return ALLOWED;
		}
		return visitor == Visitor.ANONYMOUS ? SIGN_IN : DENIED;
	}

	private static Map<String, Class<?>> routes() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		return scanner.findCandidateComponents("nl.wijkstem")
			.stream()
			.map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
			.collect(Collectors.toMap(view -> view.getAnnotation(Route.class).value(), view -> view, (a, b) -> a,
					TreeMap::new));
	}

}
