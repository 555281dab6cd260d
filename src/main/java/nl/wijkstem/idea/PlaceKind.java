package nl.wijkstem.idea;

/**
 * The kind of place an idea is about.
 */
public enum PlaceKind {

	STREET, SQUARE, GREEN, PLAYGROUND, SPORTS, LIGHTING, PARKING, OTHER

}
