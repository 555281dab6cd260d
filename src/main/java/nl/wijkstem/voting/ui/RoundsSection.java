package nl.wijkstem.voting.ui;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.ui.AdminSection;

/**
 * The voting rounds on the administrators' *Beheer* page.
 */
@org.springframework.stereotype.Component
class RoundsSection implements AdminSection {

	@Override
	public Class<? extends Component> view() {
		return RoundsAdminView.class;
	}

	@Override
	public String titleKey() {
		return "admin.link.rounds";
	}

	@Override
	public String descriptionKey() {
		return "admin.section.rounds";
	}

	@Override
	public int order() {
		return 30;
	}

}
