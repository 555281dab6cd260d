package nl.wijkstem.moderation.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.ModerationFacts;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * Open reports on the idea and its comments, each to uphold (hide, with a reason) or
 * dismiss (show again); and comments hidden earlier, to show again.
 */
class ReportsSection extends ActionForm {

	ReportsSection(IdeaModerationService moderation, ReasonTemplates templates, ModerationFacts facts,
			Runnable reload) {
		super("moderation.reports", templates, reload);
		if (facts.reports().isEmpty()) {
			getContent().add(new Paragraph(getTranslation("moderation.reports.none")));
		}
		facts.reports().forEach(report -> getContent().add(report(moderation, report)));
		facts.hiddenComments().forEach(comment -> getContent().add(hiddenComment(moderation, comment)));
		getContent().addClassName("reports-section");
	}

	private Div report(IdeaModerationService moderation, ModerationFacts.ReportSummary report) {
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
		TextArea reason = reasonArea("moderation.reports.reason");
		Button uphold = new Button(getTranslation("moderation.reports.uphold"),
				click -> run(() -> moderation.upholdReports(report.targetKey(), reason.getValue()),
						"moderation.reports.upheld", reason));
		uphold.addThemeVariants(ButtonVariant.LUMO_ERROR);
		Button dismiss = new Button(getTranslation("moderation.reports.dismiss"),
				click -> run(() -> moderation.dismissReports(report.targetKey(), reason.getValue()),
						"moderation.reports.dismissed", reason));
		Div actions = new Div(uphold, dismiss);
		actions.addClassName("actions");
		item.add(templatesFor(reason, DecisionKind.REPORT_UPHELD), reason, actions);
		return item;
	}

	private Div hiddenComment(IdeaModerationService moderation, ModerationFacts.HiddenComment comment) {
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
		item.add(reason, show);
		return item;
	}

}
