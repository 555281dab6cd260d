package nl.wijkstem.idea.ui;

import java.util.Set;

import com.vaadin.flow.component.html.Image;

/**
 * A neutral drawing for an idea without a photo, by its local theme, so a list of ideas
 * does not alternate between pictures and holes. It says nothing the card's text does not
 * say, so it is decorative: an empty alternative text.
 */
public final class ThemeIllustration {

	/** The themes with a drawing of their own (Westwijk's); others get the houses. */
	private static final Set<String> DRAWN = Set.of("child", "parents", "learning-and-work", "liveability", "safety");

	private ThemeIllustration() {
	}

	public static Image of(String themeCode) {
		Image image = new Image(source(themeCode), "");
		image.addClassName("theme-illustration");
		return image;
	}

	/** The address of the theme's drawing, for a card drawn from a template. */
	static String source(String themeCode) {
		String name = themeCode != null && DRAWN.contains(themeCode) ? themeCode : "none";
		return "wijkstem/illustrations/theme-" + name + ".svg";
	}

}
