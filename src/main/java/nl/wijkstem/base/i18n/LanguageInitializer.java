package nl.wijkstem.base.i18n;

import java.util.Locale;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.i18n.I18NProvider;
import nl.wijkstem.base.Languages;

import org.springframework.stereotype.Component;

/**
 * Starts every page in the remembered language (Dutch by default), tells the browser and
 * screen readers which language the page is in, and translates Vaadin's own messages such
 * as "session expired".
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> {
			init.getUI().setLocale(LanguagePreference.of(VaadinRequest.getCurrent()));
			ConnectionTexts.apply(init.getUI());
		});
		event.addIndexHtmlRequestListener(response -> response.getDocument()
			.getElementsByTag("html")
			.attr("lang", LanguagePreference.of(response.getVaadinRequest()).getLanguage()));
		I18NProvider translations = event.getSource().getInstantiator().getI18NProvider();
		event.getSource().setSystemMessagesProvider(info -> systemMessages(translations, info.getLocale()));
	}

	private static CustomizedSystemMessages systemMessages(I18NProvider translations, Locale requested) {
		Locale locale = requested == null ? Languages.DUTCH : requested;
		CustomizedSystemMessages messages = new CustomizedSystemMessages();
		messages.setSessionExpiredCaption(translations.getTranslation("system.sessionExpired.caption", locale));
		messages.setSessionExpiredMessage(translations.getTranslation("system.sessionExpired.message", locale));
		// after a restart the person is told, instead of the page silently reloading
		// without what they just did
		messages.setSessionExpiredNotificationEnabled(true);
		messages.setInternalErrorCaption(translations.getTranslation("system.internalError.caption", locale));
		messages.setInternalErrorMessage(translations.getTranslation("system.internalError.message", locale));
		messages.setCookiesDisabledCaption(translations.getTranslation("system.cookiesDisabled.caption", locale));
		messages.setCookiesDisabledMessage(translations.getTranslation("system.cookiesDisabled.message", locale));
		return messages;
	}

}
