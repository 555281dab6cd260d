package nl.wijkstem.programme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the configured programme into an empty database, before the web server takes its
 * first request. An installation that already has an area keeps it untouched.
 */
@Component
class ProgrammeSeeder implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeSeeder.class);

	private final ProgrammeProperties properties;

	private final AreaRepository areas;

	private final ProgrammeGoalRepository goals;

	private final LocalThemeRepository themes;

	private final TransactionTemplate transaction;

	ProgrammeSeeder(ProgrammeProperties properties, AreaRepository areas, ProgrammeGoalRepository goals,
			LocalThemeRepository themes, TransactionTemplate transaction) {
		this.properties = properties;
		this.areas = areas;
		this.goals = goals;
		this.themes = themes;
		this.transaction = transaction;
	}

	@Override
	public void afterPropertiesSet() {
		transaction.executeWithoutResult(status -> {
			if (areas.count() == 0) {
				seed();
			}
		});
	}

	private void seed() {
		ProgrammeProperties.AreaSettings settings = properties.area();
		if (settings == null) {
			throw new IllegalStateException("No programme configured: set wijkstem.programme.area "
					+ "(see programme/westwijk.yml for an example)");
		}
		Area area = areas.save(new Area(settings.code(), settings.name(), settings.municipality(),
				settings.programmeName(), read(settings), settings.defectsReportUrl()));
		List<ProgrammeProperties.ClassificationSettings> goalSettings = properties.goals();
		for (int i = 0; i < goalSettings.size(); i++) {
			ProgrammeProperties.ClassificationSettings goal = goalSettings.get(i);
			goals.save(new ProgrammeGoal(area.getId(), goal.code(), i + 1, goal.name(), goal.description()));
		}
		List<ProgrammeProperties.ClassificationSettings> themeSettings = properties.themes();
		for (int i = 0; i < themeSettings.size(); i++) {
			ProgrammeProperties.ClassificationSettings theme = themeSettings.get(i);
			themes.save(new LocalTheme(area.getId(), theme.code(), i + 1, theme.name(), theme.description()));
		}
		log.info("Seeded programme '{}' for {} with {} goals and {} themes", settings.programmeName(), settings.name(),
				goalSettings.size(), themeSettings.size());
	}

	private static String read(ProgrammeProperties.AreaSettings settings) {
		try {
			return settings.boundary().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the area boundary " + settings.boundary(), ex);
		}
	}

}
