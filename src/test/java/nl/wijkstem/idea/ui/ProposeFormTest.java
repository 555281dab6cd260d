package nl.wijkstem.idea.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.OwnDrafts;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless tests of the idea form: each starts with an empty form and finds its fields
 * by their Dutch labels, as a resident does.
 */
abstract class ProposeFormTest extends ViewTest {

	@Autowired
	IdeaService ideas;

	/** The form would go on with a draft another test of this account left. */
	@BeforeEach
	void startWithoutDrafts() {
		OwnDrafts.deleteAll(ideas);
	}

	TextField titleField() {
		return find(TextField.class).withLabel("Je idee in één zin").single();
	}

	TextArea descriptionField() {
		return find(TextArea.class).single();
	}

	@SuppressWarnings("unchecked")
	Select<PlaceKind> placeField() {
		return find(Select.class).withLabel("Wat voor plek is het?").single();
	}

	Button sendButton() {
		return find(Button.class).withText("Idee insturen").single();
	}

	/** The hints beside the form: published ideas like the one being typed. */
	Aside similarIdeas() {
		return find(Aside.class).withClassName("similar-ideas").single();
	}

	/** The hints beside a new idea once this title is typed. */
	Aside similarIdeasFor(String title) {
		navigate(ProposeIdeaView.class);
		test(titleField()).setValue(title);
		return similarIdeas();
	}

}
