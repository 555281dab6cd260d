package nl.wijkstem.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplateChoice;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * Lets a moderator pick a reason template for a decision: the template's text goes into
 * the message field, where the moderator can still change it. Hidden while no template
 * fits the decision.
 * <p>
 * Use: {@code new ReasonTemplatePicker(templates, message)}, then
 * {@code picker.showFor(decision.name())} whenever the chosen decision changes.
 */
public class ReasonTemplatePicker extends Composite<Div> {

	private final ReasonTemplates templates;

	private final ComboBox<ReasonTemplateChoice> choice = new ComboBox<>();

	private final TextArea target;

	private final String targetHelp;

	public ReasonTemplatePicker(ReasonTemplates templates, TextArea target) {
		this.templates = templates;
		this.target = target;
		this.targetHelp = target.getHelperText();
		choice.setLabel(getTranslation("reasonTemplates.picker"));
		choice.setHelperText(getTranslation("reasonTemplates.picker.help"));
		choice.setItemLabelGenerator(ReasonTemplateChoice::title);
		choice.setClearButtonVisible(true);
		choice.setWidthFull();
		choice.addValueChangeListener(change -> {
			if (change.getValue() != null) {
				target.setValue(change.getValue().text());
			}
		});
		RouterLink manage = new RouterLink(getTranslation("reasonTemplates.picker.manage"), ReasonTemplatesView.class);
		manage.addClassName("reason-template-picker__manage");
		getContent().addClassName("reason-template-picker");
		getContent().add(choice, manage);
		setVisible(false);
	}

	/**
	 * Offers the templates for a kind of decision, and says under the message who reads
	 * it.
	 * @param decisionKind a {@link DecisionKind} name, such as {@code REJECT}
	 */
	public void showFor(String decisionKind) {
		showFor(decisionKind == null ? null : DecisionKind.parse(decisionKind).orElse(null));
	}

	public void showFor(DecisionKind decisionKind) {
		List<ReasonTemplateChoice> choices = decisionKind == null ? List.of()
				: templates.forDecision(decisionKind.name(), getLocale());
		choice.clear();
		choice.setItems(choices);
		setVisible(!choices.isEmpty());
		target.setHelperText(decisionKind == null ? targetHelp
				: getTranslation("reasonTemplates.audience." + decisionKind.audience()));
	}

}
