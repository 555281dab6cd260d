package nl.wijkstem.idea.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import nl.wijkstem.idea.PhotoView;

/**
 * An idea's photos side by side, each with its description as alternative text.
 */
public class PhotoGallery extends Composite<Div> {

	public PhotoGallery(List<PhotoView> photos) {
		getContent().addClassName("photo-gallery");
		photos.forEach(photo -> getContent().add(new Image(photo.url(), photo.altText())));
	}

}
