package nl.wijkstem.notification.mail;

import java.util.Locale;

import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Translator;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a mail, from the same bundles the views use. A mail is written by a
 * background worker, where no view is there to pass its translations, so this reads the
 * bundles itself; MessageFormat always, as Vaadin does, so quotes behave the same.
 */
@Component
class MailTexts {

	private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

	MailTexts() {
		bundles.setBasename("vaadin-i18n/translations");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		bundles.setAlwaysUseMessageFormat(true);
	}

	Translator in(String languageTag) {
		Locale locale = Languages.fromTag(languageTag);
		return Translator.of(locale, (key, arguments) -> bundles.getMessage(key, arguments, locale));
	}

}
