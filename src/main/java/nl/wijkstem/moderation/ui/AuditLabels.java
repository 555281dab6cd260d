package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.Component;
import nl.wijkstem.moderation.audit.AuditActor;

/**
 * Words for the codes in the audit trail. Codes the bundles do not know yet (other
 * modules add actions) are shown as they are.
 */
final class AuditLabels {

	private final Component view;

	AuditLabels(Component view) {
		this.view = view;
	}

	String action(String code) {
		return known("audit.action." + code, code);
	}

	/**
	 * A state before or after an action: words for the codes the bundles know (such as
	 * text erased because it held personal data), anything else as it is.
	 */
	String state(String value) {
		return value == null || value.isBlank() || value.contains(" ") ? value : known("audit.state." + value, value);
	}

	String subjectType(String code) {
		return known("audit.subject." + code, code);
	}

	String subject(String type, Long id) {
		return id == null ? subjectType(type) : view.getTranslation("audit.subject", subjectType(type), id.toString());
	}

	String actor(AuditActor actor) {
		return name(actor.name());
	}

	String name(String name) {
		return name == null || name.isBlank() ? view.getTranslation("audit.actor.unknown") : name;
	}

	private String known(String key, String code) {
		String text = view.getTranslation(key);
		// a missing key comes back with the key in it
		return text.contains(key) ? code : text;
	}

}
