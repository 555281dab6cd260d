package nl.wijkstem.moderation;

import java.util.Set;

/**
 * What a moderator typed for a new or changed reason template.
 */
public record ReasonTemplateDraft(String titleNl, String textNl, String titleEn, String textEn,
		Set<DecisionKind> kinds) {

	public ReasonTemplateDraft {
		kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
	}

}
