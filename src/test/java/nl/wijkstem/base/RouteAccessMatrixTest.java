package nl.wijkstem.base;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Footer;
import org.jsoup.Jsoup;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import nl.wijkstem.base.ui.AccessDeniedView;
import nl.wijkstem.consultation.Audience;
import nl.wijkstem.consultation.ResidentQuestionnaireFixture;
import nl.wijkstem.base.ui.ErrorView;
import nl.wijkstem.base.ui.LoginView;
import nl.wijkstem.base.ui.NotFoundView;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.ViewTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static nl.wijkstem.base.RouteAccessMatrixTest.Outcome.ALLOWED;
import static nl.wijkstem.base.RouteAccessMatrixTest.Outcome.DENIED;
import static nl.wijkstem.base.RouteAccessMatrixTest.Outcome.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route against every kind of visitor, in the running application: the routes the
 * router has registered, each opened in a fresh UI as a demo account of each role (or
 * signed out), through Vaadin's navigation access control as configured. A new route
 * without a row here fails the build, and so does a row without a route: access is
 * decided on purpose, never by accident. Wherever a visitor ends, the footer links the
 * privacy and accessibility statements.
 */
class RouteAccessMatrixTest extends ViewTest {

	/** Each kind of visitor, as the demo account of that role (or nobody). */
	enum Visitor {

		ANONYMOUS(null), RESIDENT("kees"), MODERATOR("moderator"), ADMIN("beheerder");

		final String account;

		Visitor(String account) {
			this.account = account;
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
			Map.entry("account-deleted", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("email/bevestigen/:token", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("volgen/inloggen", List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("email/afmelden/:token", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("ideas", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("ideas/:ideaId([0-9]{1,18})", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("ideas/:ideaId([0-9]{1,18})/sign-in", List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED)),
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
			Map.entry("admin/mail", List.of(SIGN_IN, DENIED, DENIED, ALLOWED)),
			Map.entry("admin/mail/:mailId([0-9]{1,18})", List.of(SIGN_IN, DENIED, DENIED, ALLOWED)),
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
			Map.entry("admin/rounds/:roundId([0-9]{1,18})/integrity", List.of(SIGN_IN, DENIED, DENIED, ALLOWED)),
			Map.entry("beheer/raadplegingen", List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("beheer/raadplegingen/bewerken/:consultationId?([0-9]{1,18})",
					List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("beheer/raadplegingen/:consultationId([0-9]{1,18})/voorbeeld",
					List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("beheer/raadplegingen/:consultationId([0-9]{1,18})/papier",
					List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("beheer/raadplegingen/:consultationId([0-9]{1,18})/resultaten",
					List.of(SIGN_IN, DENIED, ALLOWED, ALLOWED)),
			Map.entry("raadplegingen", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("raadplegingen/:consultationId([0-9]{1,18})", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
			Map.entry("raadplegingen/:consultationId([0-9]{1,18})/inloggen",
					List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED)));

	private static final Pattern PARAMETER = Pattern.compile(":(\\w+)\\??(\\([^)]*\\))?");

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyRegisteredRoute_hasARowInTheMatrix_andEveryRowARoute() {
		assertThat(registeredRoutes()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
	}

	@ParameterizedTest(name = "every route as {0}")
	@EnumSource(Visitor.class)
	void everyRoute_givesTheVisitorTheExpectedOutcome(Visitor visitor) {
		as(visitor);

		SoftAssertions softly = new SoftAssertions();
		EXPECTED.forEach((route, outcomes) -> {
			UI.getCurrent().navigate(location(route));
			softly.assertThat(outcome(route))
				.as("/%s as %s, which ended on %s", route, visitor, getCurrentView().getClass().getSimpleName())
				.isEqualTo(outcomes.get(visitor.ordinal()));
			softly.assertThat(footerStatementLinks())
				.as("the statements linked from the footer of /%s as %s", route, visitor)
				.containsExactly("privacy", "accessibility");
		});
		UI.getCurrent().navigate("bestaat-niet");
		softly.assertThat(footerStatementLinks())
			.as("the statements linked from a missing page as %s", visitor)
			.containsExactly("privacy", "accessibility");
		softly.assertAll();
	}

	/**
	 * The privacy and accessibility statements must be reachable from every page,
	 * whatever page the visitor ended on (the sign-in page, no access, not found).
	 */
	private List<String> footerStatementLinks() {
		// the footer is one element of escaped markup; its in-application links carry
		// router-link
		String markup = find(Footer.class).single().getElement().getProperty("innerHTML", "");
		return Jsoup.parseBodyFragment(markup).select("a[router-link]").eachAttr("href");
	}

	/**
	 * The routes as the running application's router knows them, aliases included: what a
	 * browser can open, whatever the classes say.
	 */
	private static Set<String> registeredRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
			routes.add(route.getTemplate());
			route.getRouteAliases().forEach(alias -> routes.add(alias.getTemplate()));
		}
		return routes;
	}

	/**
	 * A fresh UI for the visitor, as a browser opening Wijkstem gets: signed in as a demo
	 * account of that role (the sign-in recorded, so the account exists), or not at all.
	 */
	private void as(Visitor visitor) {
		cleanVaadinEnvironment();
		if (visitor.account == null) {
			SignIn.out();
		}
		else {
			demo.signIn(visitor.account);
		}
		initVaadinEnvironment();
	}

	/** Where the access check sent the visitor. */
	private Outcome outcome(String route) {
		Object view = getCurrentView();
		if (view instanceof LoginView && !route.equals(LoginView.PATH)) {
			return SIGN_IN;
		}
		if (view instanceof AccessDeniedView) {
			return DENIED;
		}
		assertThat(view).as("a sample address for /" + route + " that the view itself accepts")
			.isNotInstanceOfAny(NotFoundView.class, ErrorView.class);
		return ALLOWED;
	}

	/**
	 * The route with a real idea and voting round of the demo data for its parameters.
	 */
	private String location(String route) {
		Matcher parameter = PARAMETER.matcher(route);
		StringBuilder location = new StringBuilder();
		while (parameter.find()) {
			parameter.appendReplacement(location, String.valueOf(sample(parameter.group(1))));
		}
		parameter.appendTail(location);
		return location.toString();
	}

	/**
	 * A published consultation: the demo's first, or one made here when the demo has
	 * none.
	 */
	private Long publishedConsultation() {
		Long id = jdbc.queryForObject("select min(id) from consultation where published_at is not null", Long.class);
		return id != null ? id
				: ResidentQuestionnaireFixture.open(context, Instant.now(), Audience.SIGNED_IN, true).id();
	}

	/** A mail the demo kept instead of sending: one made here when there is none. */
	private Long keptMail() {
		Long id = jdbc.queryForObject("select min(id) from sent_mail", Long.class);
		if (id != null) {
			return id;
		}
		jdbc.update("insert into sent_mail (sender, recipient, subject, html, text, sent_at) "
				+ "values ('a@example.org', 'b@example.org', 'Proef', '<p>Proef</p>', 'Proef', current_timestamp)");
		return jdbc.queryForObject("select min(id) from sent_mail", Long.class);
	}

	private Object sample(String parameter) {
		return switch (parameter) {
			case "ideaId" ->
				jdbc.queryForObject("select id from idea where title = ?", Long.class, "Elke maand een grofvuilronde");
			case "roundId" -> jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
					"Buurtbudget Westwijk 2027");
			case "consultationId" -> publishedConsultation();
			// the page opens for any token; only its button looks the token up
			case "token" -> "a-confirmation-token";
			case "mailId" -> keptMail();
			default -> throw new IllegalArgumentException("No sample value for the route parameter " + parameter);
		};
	}

}
