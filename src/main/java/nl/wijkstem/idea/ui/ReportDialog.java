package nl.wijkstem.idea.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.ReportReason;

/**
 * Asks why an idea or comment is reported, then tells the moderators.
 */
class ReportDialog extends Dialog {

	ReportDialog(CommentService comments, Long ideaId, Long commentId) {
		setHeaderTitle(getTranslation(commentId == null ? "report.idea" : "report.comment"));
		RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>(getTranslation("report.reason"));
		reason.setItems(Arrays.asList(ReportReason.values()));
		reason.setItemLabelGenerator(value -> getTranslation("report.reason." + value));
		reason.addClassName("vertical-options");
		add(new Paragraph(getTranslation("report.intro")), reason);
		Button send = new Button(getTranslation("report.send"), click -> {
			if (reason.getValue() == null) {
				reason.setErrorMessage(getTranslation("report.reason.required"));
				reason.setInvalid(true);
				return;
			}
			try {
				boolean reported = comments.report(ideaId, commentId, reason.getValue());
				Notification.show(getTranslation(reported ? "report.sent" : "report.already"));
				close();
			}
			catch (Rejection rejected) {
				RejectionMessages.show(this, rejected);
			}
		});
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("report.cancel"), click -> close());
		getFooter().add(cancel, send);
	}

}
