package nl.wijkstem.idea.ui;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.ui.AdminSection;

/**
 * The settings for ideas (pre- or post-moderation) on the administrators' *Beheer* page.
 */
@org.springframework.stereotype.Component
class IdeaSettingsSection implements AdminSection {

	@Override
	public Class<? extends Component> view() {
		return IdeaSettingsView.class;
	}

	@Override
	public String titleKey() {
		return "admin.link.settings";
	}

	@Override
	public String descriptionKey() {
		return "admin.section.settings";
	}

	@Override
	public int order() {
		return 10;
	}

}
