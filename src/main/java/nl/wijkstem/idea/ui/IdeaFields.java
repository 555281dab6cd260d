package nl.wijkstem.idea.ui;

import java.util.Arrays;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.idea.PlaceKind;

/**
 * The inputs for an idea's own words and place, labelled and limited alike wherever an
 * idea is written: by a resident, by the bureau from paper or from a consultation answer,
 * by a moderator revising it. The limits are the ones the idea's rules check again on the
 * server.
 */
public final class IdeaFields {

	private IdeaFields() {
	}

	public static TextField title() {
		TextField title = new TextField();
		title.setLabel(title.getTranslation("propose.titleField"));
		title.setMaxLength(120);
		title.setWidthFull();
		return title;
	}

	public static TextArea description() {
		TextArea description = new TextArea();
		description.setLabel(description.getTranslation("propose.description"));
		description.setMaxLength(5000);
		description.setWidthFull();
		return description;
	}

	/** Where the idea is, in words. */
	public static TextField location() {
		TextField location = new TextField();
		location.setLabel(location.getTranslation("propose.locationText"));
		location.setMaxLength(200);
		location.setWidthFull();
		return location;
	}

	/** What kind of place the idea is about. */
	public static Select<PlaceKind> place() {
		Select<PlaceKind> place = new Select<>();
		place.setLabel(place.getTranslation("propose.place"));
		place.setItems(Arrays.asList(PlaceKind.values()));
		place.setItemLabelGenerator(kind -> place.getTranslation("idea.place." + kind));
		return place;
	}

}
