package nl.wijkstem.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before an action, with Wijkstem's own buttons: the safe choice comes first and has
 * the focus when the question opens, so a hasty Enter or Space never deletes anything.
 * Cancelled, the dialog gives the focus back to the button that opened it; confirmed, the
 * action decides where it goes next (the opener may be gone).
 * <p>
 * Not Vaadin's confirm dialog: that one focuses its confirm button, and its text-only
 * cancel button fails axe's contrast check over the page's curtain.
 */
public class Confirmation extends Dialog {

	private static final String FOCUS_WHEN_SHOWN = "requestAnimationFrame(()=>setTimeout(()=>this.focus()))";

	private final Button confirm;

	private final Button cancel;

	/**
	 * @param action runs after the dialog closed, when the person confirmed
	 */
	public Confirmation(String title, String text, String confirmText, String cancelText, Runnable action) {
		setHeaderTitle(title);
		setRole("alertdialog");
		Paragraph question = new Paragraph(text);
		question.setId("confirmation-" + Integer.toHexString(System.identityHashCode(this)));
		getElement().setAttribute("aria-describedby", question.getId().orElseThrow());
		add(question);
		cancel = new Button(cancelText, click -> close());
		confirm = new Button(confirmText, click -> {
			close();
			action.run();
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(cancel, confirm);
		addClassName("confirmation");
		addOpenedChangeListener(change -> {
			if (change.isOpened()) {
				// after the dialog's own focus trap has put the focus on the dialog
				// itself
				cancel.getElement().executeJs(FOCUS_WHEN_SHOWN);
			}
		});
	}

	/** Marks the confirm button as one that deletes or ends something. */
	public Confirmation destructive() {
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
		return this;
	}

}
