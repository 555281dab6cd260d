package nl.wijkstem.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.AccessibilityStatement;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.LocalizedText;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.HouseStyle;
import nl.wijkstem.base.ProgrammeContact;
import nl.wijkstem.base.security.Roles;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

	private final ProgrammeProperties properties;

	/**
	 * The programme changes only through configuration, so every page need not read it
	 * again: per language, and the parsed boundary. Cleared by {@link #forget()}.
	 */
	private final Map<Locale, ProgrammeOverview> overviews = new ConcurrentHashMap<>();

	private volatile AreaBoundary boundary;

	private final HouseStyle houseStyle;

	ProgrammeService(AreaRepository areas, ProgrammeGoalRepository goals, LocalThemeRepository themes,
			MapProperties map, ProgrammeProperties properties) {
		this.areas = areas;
		this.goals = goals;
		this.themes = themes;
		this.map = map;
		this.properties = properties;
		this.houseStyle = ProgrammeHouseStyle.read(properties.houseStyle());
	}

	public MapSettings mapSettings() {
		return new MapSettings(boundaryGeoJson(), map.tileUrl(), map.attribution());
	}

	public ProgrammeOverview overview(Locale locale) {
		return overviews.computeIfAbsent(locale, this::load);
	}

	/** Drops what was remembered, for when the programme's data changes. */
	@RolesAllowed(Roles.ADMIN)
	public void forget() {
		overviews.clear();
		boundary = null;
	}

	private ProgrammeOverview load(Locale locale) {
		Area area = area();
		return new ProgrammeOverview(area.getProgrammeName(), area.getName(), area.getMunicipality(),
				area.getDefectsReportUrl(), categories(goals.findByAreaIdOrderBySortOrderAsc(area.getId()), locale),
				categories(themes.findByAreaIdOrderBySortOrderAsc(area.getId()), locale));
	}

	/**
	 * The keywords of each goal and theme. They stay in the configuration (unlike names
	 * and descriptions, which are copied into the database once), matched to the stored
	 * goals and themes by code; a goal or theme without configured keywords has none.
	 */
	public SeedKeywords seedKeywords() {
		Area area = area();
		return new SeedKeywords(keywords(goals.findByAreaIdOrderBySortOrderAsc(area.getId()), properties.goals()),
				keywords(themes.findByAreaIdOrderBySortOrderAsc(area.getId()), properties.themes()));
	}

	private static Map<Long, List<String>> keywords(List<? extends Classification> stored,
			List<ProgrammeProperties.ClassificationSettings> configured) {
		Map<String, List<String>> byCode = new HashMap<>();
		configured.forEach(settings -> byCode.put(settings.code(), settings.keywords()));
		Map<Long, List<String>> keywords = new HashMap<>();
		stored.forEach(item -> keywords.put(item.getId(), byCode.getOrDefault(item.getCode(), List.of())));
		return keywords;
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
		AreaBoundary parsed = boundary;
		if (parsed == null) {
			parsed = AreaBoundary.parse(boundaryGeoJson());
			boundary = parsed;
		}
		return parsed.contains(latitude, longitude);
	}

	/**
	 * The shell's names come from memory or the configuration, never from a database that
	 * may be down: the page telling a person that Wijkstem is temporarily unavailable
	 * must still show.
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public String programmeName() {
		ProgrammeOverview remembered = overviews.get(Languages.DUTCH);
		return remembered != null ? remembered.programmeName() : properties.area().programmeName();
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public String areaName() {
		ProgrammeOverview remembered = overviews.get(Languages.DUTCH);
		return remembered != null ? remembered.areaName() : properties.area().name();
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ProgrammeContact contact() {
		ProgrammeProperties.ContactSettings contact = properties.contact();
		ProgrammeOverview remembered = overviews.get(Languages.DUTCH);
		String municipality = remembered != null ? remembered.municipality() : properties.area().municipality();
		return new ProgrammeContact(contact.bureau(), contact.visitingAddress(), contact.openingHours(),
				contact.phone(), contact.email(), municipality, contact.municipalityUrl(), contact.sourceUrl());
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public HouseStyle houseStyle() {
		return houseStyle;
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public AccessibilityStatement accessibilityStatement() {
		return properties.accessibilityStatement();
	}

	/** Reads the programme once at start-up, so the shell need not read it later. */
	@EventListener(ApplicationReadyEvent.class)
	void remember() {
		Languages.SUPPORTED.forEach(this::overview);
	}

	private Area area() {
		return areas.findFirstByOrderByIdAsc()
			.orElseThrow(() -> new IllegalStateException("No area configured; the programme seeder did not run"));
	}

	private List<ProgrammeOverview.Category> categories(List<? extends Classification> items, Locale locale) {
		Map<String, LocalizedText> shortNames = new HashMap<>();
		Stream.concat(properties.goals().stream(), properties.themes().stream())
			.filter(settings -> settings.shortName() != null)
			.forEach(settings -> shortNames.put(settings.code(), settings.shortName()));
		return items.stream().map(item -> {
			String name = item.getName().in(locale);
			LocalizedText configured = shortNames.get(item.getCode());
			String shortName = configured == null || configured.in(locale).isBlank() ? name : configured.in(locale);
			return new ProgrammeOverview.Category(item.getId(), item.getCode(), name, shortName,
					item.getDescription().in(locale));
		}).toList();
	}

}
