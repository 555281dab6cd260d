package nl.wijkstem.programme;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import nl.wijkstem.base.Branding;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the programme configuration. All of it is public information, readable without
 * signing in.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class ProgrammeService implements Branding {

	private final AreaRepository areas;

	private final ProgrammeGoalRepository goals;

	private final LocalThemeRepository themes;

	private final MapProperties map;

	ProgrammeService(AreaRepository areas, ProgrammeGoalRepository goals, LocalThemeRepository themes,
			MapProperties map) {
		this.areas = areas;
		this.goals = goals;
		this.themes = themes;
		this.map = map;
	}

	public MapSettings mapSettings() {
		return new MapSettings(boundaryGeoJson(), map.tileUrl(), map.attribution());
	}

	public ProgrammeOverview overview(Locale locale) {
		Area area = area();
		return new ProgrammeOverview(area.getProgrammeName(), area.getName(), area.getMunicipality(),
				area.getDefectsReportUrl(), categories(goals.findByAreaIdOrderBySortOrderAsc(area.getId()), locale),
				categories(themes.findByAreaIdOrderBySortOrderAsc(area.getId()), locale));
	}

	/**
	 * The area's boundary as a GeoJSON geometry, for maps and for checking where a pin
	 * may go.
	 */
	public String boundaryGeoJson() {
		return area().getBoundaryGeoJson();
	}

	/**
	 * Whether a map pin lies inside the area.
	 */
	public boolean containsLocation(double latitude, double longitude) {
		return AreaBoundary.parse(boundaryGeoJson()).contains(latitude, longitude);
	}

	@Override
	public String programmeName() {
		return area().getProgrammeName();
	}

	@Override
	public String areaName() {
		return area().getName();
	}

	private Area area() {
		return areas.findFirstByOrderByIdAsc()
			.orElseThrow(() -> new IllegalStateException("No area configured; the programme seeder did not run"));
	}

	private static List<ProgrammeOverview.Category> categories(List<? extends Classification> items, Locale locale) {
		return items.stream()
			.map(item -> new ProgrammeOverview.Category(item.getId(), item.getCode(), item.getName().in(locale),
					item.getDescription().in(locale)))
			.toList();
	}

}
