package nl.wijkstem.moderation.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.idea.ReportService;
import nl.wijkstem.idea.ModerationFacts;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * Open reports on the idea and its comments, each to uphold (hide, with a reason) or
 * dismiss (show again); and comments hidden earlier, to show again.
 */
class ReportsSection extends ActionForm {

	private final Runnable next;

	/**
	 * @param next goes on with the next item of the queue
	 */
	ReportsSection(ReportService moderation, ReasonTemplates templates, ModerationFacts facts, Runnable reload,
			Runnable next) {
		super("moderation.reports", templates, reload);
		this.next = next;
		if (facts.reports().isEmpty()) {
			getContent().add(new Paragraph(getTranslation("moderation.reports.none")));
		}
		facts.reports().forEach(report -> getContent().add(report(moderation, report)));
		facts.hiddenComments().forEach(comment -> getContent().add(hiddenComment(moderation, comment)));
		getContent().addClassName("reports-section");
	}

	private Div report(ReportService moderation, ModerationFacts.ReportSummary report) {
		Div item = new Div();
		item.addClassName("card");
		item.add(new H3(
				getTranslation(report.commentId() == null ? "moderation.reports.idea" : "moderation.reports.comment")));
		Paragraph excerpt = new Paragraph(report.excerpt());
		excerpt.addClassName("user-text");
		String reasons = report.reasons()
			.entrySet()
			.stream()
			.map(entry -> getTranslation("report.reason." + entry.getKey()) + " (" + entry.getValue() + ")")
			.collect(Collectors.joining(", "));
		item.add(excerpt,
				new Paragraph(getTranslation("moderation.reports.count", report.reporters(),
						DisplayFormats.dateTime(report.firstReportedAt(), getLocale()))),
				new Paragraph(getTranslation("moderation.reports.reasons", reasons)));
		if (report.hidden()) {
			item.add(new Paragraph(getTranslation("moderation.reports.hiddenNow")));
		}
		RadioButtonGroup<Boolean> upheld = new RadioButtonGroup<>(getTranslation("moderation.reports.decision"));
		upheld.setItems(true, false);
		upheld.setItemLabelGenerator(
				value -> getTranslation(value ? "moderation.reports.uphold" : "moderation.reports.dismiss"));
		upheld.addClassName("vertical-options");
		TextArea reason = reasonArea("moderation.reports.reason");
		ReasonTemplatePicker picker = templatesFor(reason, null);
		upheld.addValueChangeListener(change -> {
			upheld.setInvalid(false);
			picker.showFor(change.getValue() == null ? null : DecisionKind.reports(change.getValue()));
		});
		Button saveAndNext = new Button(getTranslation("moderation.panel.saveNext"),
				click -> decide(moderation, report, upheld, reason, true));
		saveAndNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button save = new Button(getTranslation("moderation.reports.save"),
				click -> decide(moderation, report, upheld, reason, false));
		Div buttons = new Div(saveAndNext, save);
		buttons.addClassName("actions");
		item.add(upheld, picker, reason, buttons);
		return item;
	}

	private void decide(ReportService moderation, ModerationFacts.ReportSummary report,
			RadioButtonGroup<Boolean> upheld, TextArea reason, boolean goOn) {
		if (upheld.getValue() == null) {
			upheld.setErrorMessage(getTranslation("moderation.error.reportDecision"));
			upheld.setInvalid(true);
			return;
		}
		ActionForm.Action action = upheld.getValue()
				? () -> moderation.upholdReports(report.targetKey(), reason.getValue())
				: () -> moderation.dismissReports(report.targetKey(), reason.getValue());
		String done = upheld.getValue() ? "moderation.reports.upheld" : "moderation.reports.dismissed";
		if (goOn) {
			run(action, done, reason, next);
		}
		else {
			run(action, done, reason);
		}
	}

	private Div hiddenComment(ReportService moderation, ModerationFacts.HiddenComment comment) {
		Div item = new Div();
		item.addClassName("card");
		Paragraph body = new Paragraph(comment.body());
		body.addClassName("user-text");
		item.add(new H3(getTranslation("moderation.reports.hiddenComment")), body);
		if (!comment.reason().isEmpty()) {
			item.add(new Paragraph(getTranslation("moderation.hidden.reason", comment.reason())));
		}
		TextArea reason = reasonArea("moderation.hide.reason");
		Button show = new Button(getTranslation("moderation.unhide.save"),
				click -> run(() -> moderation.unhideComment(comment.id(), reason.getValue()), "moderation.unhidden",
						reason));
		item.add(templatesFor(reason, DecisionKind.visibility(true)), reason, show);
		return item;
	}

}
