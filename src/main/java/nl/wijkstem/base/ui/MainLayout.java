package nl.wijkstem.base.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.DatabaseOutage;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.security.CurrentUser.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every view: skip link, header with programme name, navigation,
 * language switch and the signed-in person, the main landmark, and the footer
 * ({@link AppFooter}). The navigation lists only views the person may open: Vaadin's menu
 * configuration applies the same access rules as the router.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

	static final String MAIN_ID = "main-content";

	private static final String FORGET_TAB_STORAGE = "window.Object.keys(sessionStorage).filter(k=>k.startsWith('wijkstem-')).forEach(k=>sessionStorage.removeItem(k))";

	private final Main main = new Main();

	private final List<NavigationLink> navigation;

	private final CurrentUser currentUser;

	private final List<HeaderWidget> widgets;

	MainLayout(CurrentUser currentUser, Branding branding, ObjectProvider<HeaderWidget> widgets,
			ObjectProvider<NavigationBadge> badges) {
		this.currentUser = currentUser;
		this.widgets = widgets.orderedStream().toList();
		List<NavigationBadge> counters = badges.orderedStream().toList();
		addClassName("app");
		Anchor skipLink = new Anchor("#" + MAIN_ID, getTranslation("layout.skipToContent"));
		skipLink.setRouterIgnore(true);
		skipLink.addClassName("skip-link");
		// "#main-content" resolves against the page's base address, the site's root: the
		// link itself would leave the page for the home page
		skipLink.getElement().executeJs("""
				this.addEventListener('click', event => {
				  event.preventDefault();
				  const main = document.getElementById($0);
				  main.focus();
				  main.scrollIntoView();
				})""", MAIN_ID);

		navigation = MenuConfiguration.getMenuEntries()
			.stream()
			.map(entry -> new NavigationLink(entry, new RouterLink(label(entry, counters), entry.menuClass())))
			.toList();

		main.setId(MAIN_ID);
		main.getElement().setAttribute("tabindex", "-1");
		main.addClassName("app-main");

		add(skipLink, header(currentUser.get(), branding), main, new AppFooter(branding), new ConnectionStatus());
		int idleTimeout = VaadinSession.getCurrent().getSession().getMaxInactiveInterval();
		if (currentUser.get().isPresent() && idleTimeout > 0) {
			add(new SessionTimeoutWarning(idleTimeout));
		}
	}

	private String label(MenuEntry entry, List<NavigationBadge> counters) {
		String title = getTranslation(entry.title());
		return counters.stream()
			.filter(badge -> badge.view().equals(entry.menuClass()))
			.map(MainLayout::countUnlessUnavailable)
			.filter(count -> count.isPresent() && count.getAsLong() > 0)
			.findFirst()
			.map(count -> getTranslation("nav.badge", title, count.getAsLong()))
			.orElse(title);
	}

	private static OptionalLong countUnlessUnavailable(NavigationBadge badge) {
		return DatabaseOutage.unlessUnavailable(() -> {
			OptionalLong count = badge.count();
			return count.isPresent() ? Optional.of(count.getAsLong()) : Optional.empty();
		}).map(OptionalLong::of).orElse(OptionalLong.empty());
	}

	private Header header(Optional<SignedInUser> user, Branding branding) {
		Anchor brand = new Anchor("", branding.programmeName());
		if (branding.houseStyle().hasLogo()) {
			// the logo says the programme's name: it is the link's text
			Image logo = new Image("programme-logo", branding.programmeName());
			logo.addClassName("app-brand__logo");
			brand.removeAll();
			brand.add(logo);
		}
		brand.addClassName("app-brand");

		Div tools = new Div(new LanguageSwitch(getLocale()), userArea(user));
		tools.addClassName("app-tools");

		Div bar = new Div(brand, tools);
		bar.addClassName("app-bar");

		UnorderedList items = new UnorderedList();
		navigation.forEach(link -> items.add(new ListItem(link.link())));
		Nav nav = new Nav(items);
		nav.addClassName("app-nav");
		nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));

		Header header = new Header(bar, nav);
		header.addClassName("app-header");
		return header;
	}

	private Component userArea(Optional<SignedInUser> user) {
		Div area = new Div();
		area.addClassName("app-user");
		user.ifPresentOrElse(signedIn -> {
			String name = signedIn.displayName().isBlank() ? getTranslation("user.anonymousName")
					: signedIn.displayName();
			Span who = new Span(name);
			who.addClassName("app-user__name");
			Span role = new Span(getTranslation("role." + signedIn.highestRole()));
			role.addClassName("app-user__role");
			NativeButton signOut = new NativeButton(getTranslation("layout.signOut"), click -> {
				// what this person kept in the tab (ballot choices not yet saved) is not
				// left for the next person at a shared computer
				getElement().executeJs(FORGET_TAB_STORAGE);
				currentUser.signOut();
			});
			signOut.addClassName("header-button");
			area.add(who, role);
			widgets.forEach(widget -> DatabaseOutage.unlessUnavailable(widget::create).ifPresent(area::add));
			area.add(signOut);
		}, () -> {
			RouterLink signIn = new RouterLink(getTranslation("layout.signIn"), LoginView.class);
			signIn.addClassName("app-user__sign-in");
			area.add(signIn);
		});
		return area;
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		main.removeAll();
		if (content != null) {
			main.getElement().appendChild(content.getElement());
		}
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		String path = withoutSlashes(event.getLocation().getPath());
		NavigationLink current = navigation.stream()
			.filter(link -> withoutSlashes(link.entry().path()).equals(path))
			.findFirst()
			// a page under an item, such as an administrators' page under Beheer
			.orElseGet(() -> navigation.stream()
				.filter(link -> !withoutSlashes(link.entry().path()).isEmpty()
						&& path.startsWith(withoutSlashes(link.entry().path()) + "/"))
				.max(Comparator.comparingInt(link -> link.entry().path().length()))
				.orElse(null));
		navigation.forEach(link -> link.link().getElement().removeAttribute("aria-current"));
		if (current != null) {
			current.link()
				.getElement()
				.setAttribute("aria-current", withoutSlashes(current.entry().path()).equals(path) ? "page" : "true");
		}
	}

	private static String withoutSlashes(String path) {
		return path.replaceAll("^/+|/+$", "");
	}

	private record NavigationLink(MenuEntry entry, RouterLink link) {
	}

}
