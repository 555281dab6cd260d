package nl.wijkstem.base.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.security.DemoAccountsProperties;
import nl.wijkstem.base.security.LoginProfiles;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Sign-in: one button per configured OpenID Connect provider (the municipality's broker
 * for residents, its own directory for staff) and, in the demo only, a password form with
 * the demo accounts listed.
 */
@Route(LoginView.PATH)
@AnonymousAllowed
public class LoginView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	public static final String PATH = "login";

	private static final String NAME_THE_EYE_BUTTON = """
			customElements.whenDefined('vaadin-password-field').then(() => requestAnimationFrame(() =>
			  this.querySelectorAll('vaadin-password-field').forEach(f => f.i18n = { ...f.i18n, reveal: $0 })))
			""";

	private static final String AUTHORIZATION_BASE_URI = "/oauth2/authorization/";

	private final LoginForm passwordForm = new LoginForm();

	private final Paragraph providerError = new Paragraph();

	private final CurrentUser currentUser;

	private final boolean demo;

	LoginView(CurrentUser currentUser, ObjectProvider<ClientRegistrationRepository> registrations,
			DemoAccountsProperties demoAccounts, Environment environment) {
		this.currentUser = currentUser;
		Div content = getContent();
		content.addClassName("login-view");
		content.add(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.intro")));

		demo = environment.acceptsProfiles(Profiles.of(LoginProfiles.DEMO));
		providerError.setText(getTranslation("login.error.provider"));
		providerError.addClassName("form-error");
		providerError.getElement().setAttribute("role", "alert");
		providerError.setVisible(false);
		content.add(providerError);

		List<ClientRegistration> providers = providers(registrations.getIfAvailable());
		if (!providers.isEmpty()) {
			content.add(providerButtons(providers));
		}
		if (demo) {
			content.add(demoSignIn(demoAccounts));
		}
	}

	private static List<ClientRegistration> providers(ClientRegistrationRepository repository) {
		List<ClientRegistration> providers = new ArrayList<>();
		if (repository instanceof Iterable<?> registrations) {
			registrations.forEach(registration -> providers.add((ClientRegistration) registration));
		}
		return providers;
	}

	private Div providerButtons(List<ClientRegistration> providers) {
		Div buttons = new Div();
		buttons.addClassName("login-providers");
		for (ClientRegistration provider : providers) {
			Anchor link = new Anchor(AUTHORIZATION_BASE_URI.substring(1) + provider.getRegistrationId(),
					getTranslation("login.withProvider", provider.getClientName()));
			link.setRouterIgnore(true);
			link.addClassName("login-provider");
			buttons.add(link);
		}
		return buttons;
	}

	private Div demoSignIn(DemoAccountsProperties demoAccounts) {
		passwordForm.setAction(PATH);
		passwordForm.setForgotPasswordButtonVisible(false);
		passwordForm.setI18n(loginI18n());
		// LoginI18n has no words for the password field's eye button, which says "Show
		// password" in every language
		String showPassword = getTranslation("login.showPassword");
		passwordForm.getElement().executeJs(NAME_THE_EYE_BUTTON, showPassword);

		Div accounts = new Div(new H2(getTranslation("login.demo.title")),
				new Paragraph(getTranslation("login.demo.intro")));
		accounts.addClassName("login-demo-accounts");
		UnorderedList list = new UnorderedList();
		demoAccounts.accounts()
			.forEach(account -> list.add(new ListItem(getTranslation("login.demo.account",
					getTranslation("role." + account.role()), account.username(), account.password()))));
		accounts.add(list);

		Div demo = new Div(passwordForm, accounts);
		demo.addClassName("login-demo");
		return demo;
	}

	private LoginI18n loginI18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form form = i18n.getForm();
		form.setTitle(getTranslation("login.demo.formTitle"));
		form.setUsername(getTranslation("login.username"));
		form.setPassword(getTranslation("login.password"));
		form.setSubmit(getTranslation("login.submit"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.error.title"));
		error.setMessage(getTranslation("login.error.message"));
		error.setUsername(getTranslation("login.error.username"));
		error.setPassword(getTranslation("login.error.password"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (currentUser.get().isPresent()) {
			event.forwardTo("");
			return;
		}
		boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
		passwordForm.setError(failed && demo);
		providerError.setVisible(failed && !demo);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("login.title"));
	}

}
