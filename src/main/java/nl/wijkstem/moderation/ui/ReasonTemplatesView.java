package nl.wijkstem.moderation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.Confirmation;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.moderation.ReasonTemplateDetails;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * Moderators manage the reason templates: the list in their language, a form to write a
 * new one or change one, and deleting after a question.
 */
@Route("moderation/templates")
@RolesAllowed(Roles.MODERATOR)
public class ReasonTemplatesView extends Composite<Div> implements HasDynamicTitle {

	private final ReasonTemplates templates;

	private final ReasonTemplateForm form;

	private final Button create = new Button();

	private final Paragraph count = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	/** Each template's heading and edit button as last drawn, by id. */
	private final Map<Long, Shown> shown = new HashMap<>();

	/** The template whose form is open; {@code null} for a new one. */
	private Long editing;

	ReasonTemplatesView(ReasonTemplates templates) {
		this.templates = templates;
		form = new ReasonTemplateForm(templates, this::formDone);
		create.setText(getTranslation("reasonTemplates.new"));
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(click -> {
			editing = null;
			showForm();
			form.startNew();
		});
		list.addClassName("card-list");
		getContent().addClassName("reason-templates-view");
		getContent().add(new H1(getTranslation("reasonTemplates.title")),
				new Paragraph(getTranslation("reasonTemplates.intro")), create, form, count, list);
		showList();
	}

	private void showList() {
		form.setVisible(false);
		create.setVisible(true);
		count.setVisible(true);
		list.setVisible(true);
		List<ReasonTemplateDetails> all = templates.all(getLocale());
		count.setText(getTranslation("reasonTemplates.count", all.size()));
		list.removeAll();
		shown.clear();
		all.forEach(template -> list.add(item(template)));
	}

	/**
	 * Back to the list, with the keyboard on the template just saved, or, when the form
	 * was cancelled, on the button that opened it.
	 */
	private void formDone(Long saved) {
		showList();
		Shown template = shown.get(saved != null ? saved : editing);
		if (template == null) {
			Focus.on(create);
		}
		else {
			Focus.on(saved != null ? template.heading() : template.edit());
		}
	}

	private void showForm() {
		create.setVisible(false);
		count.setVisible(false);
		list.setVisible(false);
		form.setVisible(true);
	}

	private ListItem item(ReasonTemplateDetails template) {
		String title = template.title(getLocale());
		Paragraph text = new Paragraph(template.text(getLocale()));
		text.addClassName("user-text");
		Paragraph kinds = new Paragraph(getTranslation("reasonTemplates.fits",
				template.kinds()
					.stream()
					.sorted()
					.map(kind -> getTranslation("reasonTemplates.kind." + kind.name()))
					.collect(Collectors.joining(", "))));
		kinds.addClassName("idea-card__meta");
		Button edit = new Button(getTranslation("reasonTemplates.edit"), click -> {
			editing = template.id();
			showForm();
			form.edit(template);
		});
		edit.getElement().setAttribute("aria-label", getTranslation("reasonTemplates.edit.named", title));
		Button delete = new Button(getTranslation("reasonTemplates.delete"), click -> confirmDelete(template, title));
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		delete.getElement().setAttribute("aria-label", getTranslation("reasonTemplates.delete.named", title));
		Div actions = new Div(edit, delete);
		actions.addClassName("actions");
		H2 heading = new H2(title);
		shown.put(template.id(), new Shown(heading, edit));
		ListItem item = new ListItem(heading, text, kinds, actions);
		item.addClassName("card");
		item.addClassName("reason-template");
		return item;
	}

	/** Asks first; after deleting, the keyboard goes to the count of what is left. */
	private void confirmDelete(ReasonTemplateDetails template, String title) {
		new Confirmation(getTranslation("reasonTemplates.delete.question"),
				getTranslation("reasonTemplates.delete.text", title), getTranslation("reasonTemplates.delete"),
				getTranslation("reasonTemplates.form.cancel"), () -> {
					try {
						templates.delete(template.id(), template.version());
						Notification.show(getTranslation("reasonTemplates.deleted"));
					}
					catch (Rejection rejected) {
						Notification.show(getTranslation(rejected.problems().getFirst().messageKey()), 6000,
								Notification.Position.MIDDLE);
					}
					showList();
					Focus.on(count);
				})
			.destructive()
			.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("reasonTemplates.title"));
	}

	private record Shown(H2 heading, Button edit) {
	}

}
