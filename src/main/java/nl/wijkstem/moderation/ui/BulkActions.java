package nl.wijkstem.moderation.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.BulkResult;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

/**
 * One action on all selected ideas of the queue: publish them, file them under a goal and
 * themes, or mark them as looked at. Ideas that changed meanwhile are left alone and
 * counted.
 */
class BulkActions extends Composite<Div> {

	private final IdeaDecisionService moderation;

	private final Map<Long, Integer> selected;

	private final Runnable done;

	private final Paragraph status = new Paragraph();

	private final Div publishing = new Div();

	/**
	 * Every author hears why their idea is online: a message is required, and starts from
	 * a plain default.
	 */
	private final TextArea publishMessage = new TextArea();

	private final Button publish;

	private final Div filing = new Div();

	private final Button markReviewed;

	private final Select<ProgrammeOverview.Category> goal = new Select<>();

	private final CheckboxGroup<ProgrammeOverview.Category> themes = new CheckboxGroup<>();

	BulkActions(IdeaDecisionService moderation, ProgrammeService programme, Map<Long, Integer> selected,
			Runnable done) {
		this.moderation = moderation;
		this.selected = selected;
		this.done = done;
		getContent().addClassName("bulk-actions");
		ProgrammeOverview overview = programme.overview(getLocale());
		goal.setLabel(getTranslation("moderation.filing.goal"));
		goal.setItems(overview.goals());
		goal.setItemLabelGenerator(ProgrammeOverview.Category::name);
		themes.setLabel(getTranslation("moderation.filing.themes"));
		themes.setItems(overview.themes());
		themes.setItemLabelGenerator(ProgrammeOverview.Category::name);
		publishMessage.setLabel(getTranslation("moderation.bulk.publish.message"));
		publishMessage.setHelperText(getTranslation("reasonTemplates.audience.AUTHOR"));
		publishMessage.setValue(getTranslation("moderation.publish.default"));
		publishMessage.setMaxLength(2000);
		publishMessage.setWidthFull();
		publish = new Button(getTranslation("moderation.bulk.publish"), click -> publish());
		publishing.add(publishMessage, publish);
		publishing.addClassName("bulk-actions__publish");
		Button file = new Button(getTranslation("moderation.bulk.file"), click -> file());
		filing.add(goal, themes, file);
		filing.addClassName("bulk-actions__filing");
		markReviewed = new Button(getTranslation("moderation.bulk.reviewed"),
				click -> report(moderation.markAllReviewed(Map.copyOf(selected))));
		getContent().add(status, publishing, filing, markReviewed);
		selectionChanged();
	}

	void showFor(QueueTab tab) {
		getContent().setVisible(tab != QueueTab.REPORTED && tab != QueueTab.ANSWERS);
		publishing.setVisible(tab == QueueTab.WAITING);
		markReviewed.setVisible(tab == QueueTab.REVIEW || tab == QueueTab.UNFILED);
		selectionChanged();
	}

	void selectionChanged() {
		status.setText(getTranslation("moderation.bulk.selected", selected.size()));
		boolean any = !selected.isEmpty();
		publish.setEnabled(any);
		markReviewed.setEnabled(any);
		filing.getChildren().filter(Button.class::isInstance).forEach(button -> ((Button) button).setEnabled(any));
	}

	private void publish() {
		try {
			BulkResult result = moderation.publishAll(Map.copyOf(selected), publishMessage.getValue());
			publishMessage.setInvalid(false);
			report(result);
		}
		catch (Rejection rejected) {
			publishMessage.setErrorMessage(rejected.problems()
				.stream()
				.map(problem -> getTranslation(problem.messageKey(), problem.arguments()))
				.collect(Collectors.joining(" ")));
			publishMessage.setInvalid(true);
		}
	}

	private void file() {
		if (goal.getValue() == null) {
			goal.setErrorMessage(getTranslation("moderation.error.goal"));
			goal.setInvalid(true);
			return;
		}
		goal.setInvalid(false);
		report(moderation.fileAll(Map.copyOf(selected), goal.getValue().id(),
				themes.getValue().stream().map(ProgrammeOverview.Category::id).collect(Collectors.toSet())));
	}

	private void report(BulkResult result) {
		Notification.show(
				result.skipped() == 0 ? getTranslation("moderation.bulk.done", result.done())
						: getTranslation("moderation.bulk.partly", result.done(), result.skipped()),
				6000, Notification.Position.MIDDLE);
		done.run();
	}

}
