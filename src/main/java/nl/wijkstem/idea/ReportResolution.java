package nl.wijkstem.idea;

/**
 * What a moderator decided about reports: they were right (the item stays hidden), or not
 * (the item is shown again).
 */
public enum ReportResolution {

	UPHELD, DISMISSED

}
