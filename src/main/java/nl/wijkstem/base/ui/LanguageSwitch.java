package nl.wijkstem.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.i18n.ConnectionTexts;
import nl.wijkstem.base.i18n.LanguagePreference;

/**
 * Dutch / English switch. Each choice is written in its own language, so a person who
 * cannot read the current one still finds theirs.
 */
class LanguageSwitch extends Composite<Div> {

	private static final String FOCUS_CHOICE = "document.querySelector('.language-switch>[lang=\"'+$0+'\"]')?.focus()";

	LanguageSwitch(Locale current) {
		getContent().addClassName("language-switch");
		getContent().getElement().setAttribute("role", "group");
		getContent().getElement().setAttribute("aria-label", getTranslation("layout.language"));
		for (Locale language : Languages.SUPPORTED) {
			getContent().add(choice(language, current));
		}
	}

	private NativeButton choice(Locale language, Locale current) {
		NativeButton button = new NativeButton(getTranslation("language.name", language));
		button.addClassName("header-button");
		button.getElement().setAttribute("lang", language.getLanguage());
		boolean active = language.getLanguage().equals(current.getLanguage());
		button.getElement().setAttribute("aria-pressed", String.valueOf(active));
		if (active) {
			button.addClassName("language-switch__active");
		}
		button.addClickListener(click -> switchTo(language));
		return button;
	}

	private static void switchTo(Locale language) {
		UI ui = UI.getCurrent();
		LanguagePreference.remember(language, VaadinRequest.getCurrent(), VaadinResponse.getCurrent());
		ui.getSession().setLocale(language);
		ui.setLocale(language);
		ConnectionTexts.apply(ui);
		if (showsAnErrorPage(ui)) {
			// Vaadin refreshes only the message of an error page, not the frame around it
			ui.getPage().reload();
			return;
		}
		ui.getPage().executeJs("document.documentElement.lang = $0", language.getLanguage());
		ui.refreshCurrentRoute(true);
		// the whole page is drawn anew, this switch too: the keyboard stays on the choice
		// just made, in the new switch
		ui.getPage().executeJs(FOCUS_CHOICE, language.getLanguage());
	}

	private static boolean showsAnErrorPage(UI ui) {
		return ui.getInternals()
			.getActiveRouterTargetsChain()
			.stream()
			.findFirst()
			.filter(HasErrorParameter.class::isInstance)
			.isPresent();
	}

}
