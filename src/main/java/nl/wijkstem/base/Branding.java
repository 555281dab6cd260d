package nl.wijkstem.base;

/**
 * What the application shell shows of the local programme. Implemented by the programme
 * module, so the shell never hard-codes a neighbourhood.
 */
public interface Branding {

	String programmeName();

	String areaName();

	/** The bureau's and municipality's contact details and the source code's address. */
	ProgrammeContact contact();

	/** The programme's colour and logo. */
	HouseStyle houseStyle();

	/**
	 * The accessibility statement of this installation, as the programme file sets it.
	 */
	AccessibilityStatement accessibilityStatement();

}
