package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The message of a problem with a part of a form that is no single field (a list of
 * options, an upload), shown right under that part and read out when it appears.
 */
class FieldProblem extends Paragraph implements HasValidation {

	FieldProblem() {
		addClassName("form-problem");
		getElement().setAttribute("role", "alert");
		setVisible(false);
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
