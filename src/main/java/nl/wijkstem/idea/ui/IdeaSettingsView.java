package nl.wijkstem.idea.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.AdminView;
import nl.wijkstem.idea.IdeaSettingsService;

/**
 * Administrators choose between pre-moderation (the default) and post-moderation.
 */
@Route("admin/ideas")
@RolesAllowed(Roles.ADMIN)
public class IdeaSettingsView extends Composite<Div> implements HasDynamicTitle {

	private static final String PRE = "pre";

	private static final String POST = "post";

	IdeaSettingsView(IdeaSettingsService ideas) {
		RadioButtonGroup<String> mode = new RadioButtonGroup<>(getTranslation("settings.moderation"));
		mode.setItems(PRE, POST);
		mode.setItemLabelGenerator(value -> getTranslation("settings.moderation." + value));
		mode.setValue(ideas.isPostModeration() ? POST : PRE);
		mode.addClassName("vertical-options");
		Button save = new Button(getTranslation("settings.save"), click -> {
			ideas.setPostModeration(POST.equals(mode.getValue()));
			Notification.show(getTranslation("settings.saved"));
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getContent().addClassName("settings-view");
		getContent().add(AdminView.backLink(this), new H1(getTranslation("settings.title")),
				new Paragraph(getTranslation("settings.intro")), mode, save);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("settings.title"));
	}

}
