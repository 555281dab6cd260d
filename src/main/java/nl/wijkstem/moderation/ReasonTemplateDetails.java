package nl.wijkstem.moderation;

import java.util.Locale;
import java.util.Set;

import nl.wijkstem.base.LocalizedText;

/**
 * A reason template with both languages, for moderators who manage them. Titles and texts
 * are user text.
 *
 * @param version the version the moderator saw, for the "changed meanwhile" check
 */
public record ReasonTemplateDetails(Long id, int version, String titleNl, String textNl, String titleEn, String textEn,
		Set<DecisionKind> kinds) {

	public String title(Locale locale) {
		return new LocalizedText(titleNl, titleEn).in(locale);
	}

	public String text(Locale locale) {
		return new LocalizedText(textNl, textEn).in(locale);
	}

	public ReasonTemplateDraft draft() {
		return new ReasonTemplateDraft(titleNl, textNl, titleEn, textEn, kinds);
	}

}
