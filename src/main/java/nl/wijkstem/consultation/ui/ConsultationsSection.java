package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.ui.AdminSection;

/**
 * Consultations on the administrators' *Beheer* page too, beside the voting rounds, so an
 * administrator finds every part of the set-up in one place.
 */
@org.springframework.stereotype.Component
class ConsultationsSection implements AdminSection {

	@Override
	public Class<? extends Component> view() {
		return ConsultationsAdminView.class;
	}

	@Override
	public String titleKey() {
		return "admin.link.consultations";
	}

	@Override
	public String descriptionKey() {
		return "admin.section.consultations";
	}

	@Override
	public int order() {
		return 35;
	}

}
