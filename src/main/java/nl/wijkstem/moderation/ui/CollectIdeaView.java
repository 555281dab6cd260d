package nl.wijkstem.moderation.ui;

import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.CollectedIdea;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.idea.ui.IdeaFields;

/**
 * A moderator types in an idea a resident gave on paper, by phone or at a neighbourhood
 * evening, so residents without a smartphone are heard too. It is published at once and
 * marked with where it was collected.
 */
@Route("moderation/collect")
@RolesAllowed(Roles.MODERATOR)
public class CollectIdeaView extends Composite<Div> implements HasDynamicTitle {

	private final TextField title = IdeaFields.title();

	private final TextArea description = IdeaFields.description();

	private final Select<PlaceKind> place = IdeaFields.place();

	private final TextField location = IdeaFields.location();

	private final TextField collectedAt = new TextField();

	private final TextField residentName = new TextField();

	CollectIdeaView(IdeaDecisionService moderation) {
		getContent().addClassName("collect-idea");
		title.setHelperText(getTranslation("propose.titleField.help"));
		description.setHelperText(getTranslation("propose.description.help"));
		collectedAt.setLabel(getTranslation("moderation.collect.where"));
		collectedAt.setHelperText(getTranslation("moderation.collect.where.help"));
		collectedAt.setMaxLength(200);
		collectedAt.setWidthFull();
		residentName.setLabel(getTranslation("moderation.collect.name"));
		residentName.setHelperText(getTranslation("moderation.collect.name.help"));
		residentName.setMaxLength(100);
		residentName.setWidthFull();
		Button save = new Button(getTranslation("moderation.collect.save"), click -> {
			try {
				Long id = moderation.collect(
						new CollectedIdea(
								new IdeaDraft(title.getValue(), description.getValue(), place.getValue(), null,
										location.getValue(), null, null),
								collectedAt.getValue(), residentName.getValue()));
				Notification.show(getTranslation("moderation.collect.saved"));
				getUI().ifPresent(ui -> ui.navigate(ModerationItemView.class,
						new RouteParameters(ModerationItemView.ID_PARAMETER, id.toString())));
			}
			catch (Rejection rejected) {
				Map<String, HasValidation> fields = Map.of("title", title, "description", description, "placeKind",
						place, "locationText", location, "collectedAt", collectedAt);
				rejected.problems().forEach(problem -> {
					HasValidation field = fields.get(problem.field());
					String text = getTranslation(problem.messageKey(), problem.arguments());
					if (field != null) {
						field.setErrorMessage(text);
						field.setInvalid(true);
					}
					else {
						Notification.show(text, 6000, Notification.Position.MIDDLE);
					}
				});
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getContent().add(new H1(getTranslation("moderation.collect.title")),
				new Paragraph(getTranslation("moderation.collect.intro")), collectedAt, residentName, title,
				description, place, location, save);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("moderation.collect.title"));
	}

}
