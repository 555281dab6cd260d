package nl.wijkstem.programme;

import java.util.List;

/**
 * The programme as residents see it, in one language.
 *
 * @param programmeName the local programme, e.g. "Wij de Westwijk"
 * @param areaName the neighbourhood
 * @param municipality the municipality the area belongs to
 * @param defectsReportUrl where defects in public space are reported, if configured
 * @param goals the programme goals in their order
 * @param themes the local themes in their order
 */
public record ProgrammeOverview(String programmeName, String areaName, String municipality, String defectsReportUrl,
		List<Category> goals, List<Category> themes) {

	/**
	 * A goal or theme with its translated name and description.
	 *
	 * @param name the official name
	 * @param shortName the plain short name residents meet on cards and in filters (the
	 * official national goal titles are jargon there); the name when none is configured
	 */
	public record Category(Long id, String code, String name, String shortName, String description) {
	}

}
