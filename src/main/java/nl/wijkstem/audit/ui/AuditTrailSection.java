package nl.wijkstem.audit.ui;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.ui.AdminSection;

/**
 * The log of moderation on the administrators' *Beheer* page.
 */
@org.springframework.stereotype.Component
class AuditTrailSection implements AdminSection {

	@Override
	public Class<? extends Component> view() {
		return AuditTrailView.class;
	}

	@Override
	public String titleKey() {
		return "admin.link.audit";
	}

	@Override
	public String descriptionKey() {
		return "admin.section.audit";
	}

	@Override
	public int order() {
		return 40;
	}

}
