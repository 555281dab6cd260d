package nl.wijkstem.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The message of a problem with a part of a form that is no single field (a list of
 * options, an upload, the whole form), shown right under that part and read out when it
 * appears.
 */
public class FieldProblem extends Paragraph implements HasValidation {

	public FieldProblem() {
		addClassName("form-problem");
		getElement().setAttribute("role", "alert");
		setVisible(false);
	}

	/**
	 * Shows the problems of a rejected form that belong to none of its fields, or the
	 * other text where there are none: then every problem is at its field, and this says
	 * to look there.
	 */
	public void showGeneral(String general, String otherwise) {
		setErrorMessage(general.isEmpty() ? otherwise : general);
		setInvalid(true);
	}

	@Override
	public void setErrorMessage(String errorMessage) {
		setText(errorMessage == null ? "" : errorMessage);
	}

	@Override
	public String getErrorMessage() {
		return getText();
	}

	@Override
	public void setInvalid(boolean invalid) {
		setVisible(invalid);
	}

	@Override
	public boolean isInvalid() {
		return isVisible();
	}

}
