package nl.wijkstem.base;

import java.util.List;

/**
 * The 50 success criteria of WCAG 2.1 at levels A and AA: the requirements of EN 301 549
 * for web pages, and so of the Besluit digitale toegankelijkheid overheid.
 */
public final class WcagCriteria {

	/** In the order of the standard. */
	public static final List<String> LEVEL_A_AND_AA = List.of("1.1.1", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5",
			"1.3.1", "1.3.2", "1.3.3", "1.3.4", "1.3.5", "1.4.1", "1.4.2", "1.4.3", "1.4.4", "1.4.5", "1.4.10",
			"1.4.11", "1.4.12", "1.4.13", "2.1.1", "2.1.2", "2.1.4", "2.2.1", "2.2.2", "2.3.1", "2.4.1", "2.4.2",
			"2.4.3", "2.4.4", "2.4.5", "2.4.6", "2.4.7", "2.5.1", "2.5.2", "2.5.3", "2.5.4", "3.1.1", "3.1.2", "3.2.1",
			"3.2.2", "3.2.3", "3.2.4", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "4.1.1", "4.1.2", "4.1.3");

	private WcagCriteria() {
	}

}
