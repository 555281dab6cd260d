package nl.wijkstem.account.ui;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.ui.AdminSection;

/**
 * The addresses of the area and the letters with codes on the administrators' *Beheer*
 * page.
 */
@org.springframework.stereotype.Component
class AddressesSection implements AdminSection {

	@Override
	public Class<? extends Component> view() {
		return AddressesView.class;
	}

	@Override
	public String titleKey() {
		return "admin.link.addresses";
	}

	@Override
	public String descriptionKey() {
		return "admin.section.addresses";
	}

	@Override
	public int order() {
		return 20;
	}

}
