package nl.wijkstem.consultation;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import nl.wijkstem.base.Languages;

/**
 * The three fixed options of a proposal question. They are stored as ordinary options (so
 * counting and conditions treat them like any choice), in both languages at once; that is
 * why they are read from the bundles here rather than in a view, in the reader's
 * language.
 */
final class ProposalLabels {

	static final List<String> KEYS = List.of("consultation.proposal.yes", "consultation.proposal.no",
			"consultation.proposal.noOpinion");

	private static final String BUNDLE = "vaadin-i18n.translations";

	private ProposalLabels() {
	}

	static List<QuestionForm.OptionLabel> labels() {
		ResourceBundle dutch = bundle(Languages.DUTCH);
		ResourceBundle english = bundle(Languages.ENGLISH);
		return KEYS.stream()
			.map(key -> new QuestionForm.OptionLabel(dutch.getString(key), english.getString(key)))
			.toList();
	}

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
