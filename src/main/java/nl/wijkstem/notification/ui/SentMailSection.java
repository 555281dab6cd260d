package nl.wijkstem.notification.ui;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.ui.AdminSection;

/**
 * The mail the installation sent (in the demo: kept instead of sent) and how its outbox
 * stands, on the administrators' *Beheer* page.
 */
@org.springframework.stereotype.Component
class SentMailSection implements AdminSection {

	@Override
	public Class<? extends Component> view() {
		return SentMailView.class;
	}

	@Override
	public String titleKey() {
		return "admin.link.sentMail";
	}

	@Override
	public String descriptionKey() {
		return "admin.section.sentMail";
	}

	@Override
	public int order() {
		return 50;
	}

}
