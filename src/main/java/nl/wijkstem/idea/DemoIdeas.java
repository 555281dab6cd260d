package nl.wijkstem.idea;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.security.DemoSeeding;
import nl.wijkstem.base.security.LoginProfiles;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills an empty demo installation with ideas written as Westwijk residents would, so a
 * newcomer sees a living platform. Exists only in the {@code demo} profile.
 */
@Component
@Profile(LoginProfiles.DEMO)
class DemoIdeas implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoIdeas.class);

	private static final Map<String, String> RESIDENTS = new LinkedHashMap<>();

	static {
		RESIDENTS.put("fatima", "Fatima El Amrani");
		RESIDENTS.put("kees", "Kees de Vries");
		RESIDENTS.put("demo-yusuf", "Yusuf Demir");
		RESIDENTS.put("demo-anna", "Anna Kowalska");
		RESIDENTS.put("demo-joost", "Joost van Leeuwen");
		RESIDENTS.put("demo-malika", "Malika Bouzid");
		RESIDENTS.put("demo-ria", "Ria Verhoef");
		RESIDENTS.put("demo-sam", "Sam Peters");
	}

	private final IdeaRepository ideas;

	private final SupportRepository supports;

	private final IdeaStatusChangeRepository history;

	private final CommentRepository comments;

	private final ReportRepository reports;

	private final AccountService accounts;

	private final ProgrammeService programme;

	private final Clock clock;

	private final DemoSeeding seeding;

	DemoIdeas(IdeaRepository ideas, SupportRepository supports, IdeaStatusChangeRepository history,
			CommentRepository comments, ReportRepository reports, AccountService accounts, ProgrammeService programme,
			Clock clock, DemoSeeding seeding) {
		this.seeding = seeding;
		this.ideas = ideas;
		this.supports = supports;
		this.history = history;
		this.comments = comments;
		this.reports = reports;
		this.accounts = accounts;
		this.programme = programme;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (ideas.count() > 0) {
			return;
		}
		// the seeding acts as the programme's administrator, through the same services
		seeding.run(this::seed);
	}

	private void seed() {
		List<Long> residents = RESIDENTS.entrySet()
			.stream()
			.map(resident -> accounts.demoResident(resident.getKey(), resident.getValue()))
			.toList();
		Map<String, Long> themes = new LinkedHashMap<>();
		programme.overview(Languages.DUTCH).themes().forEach(theme -> themes.put(theme.code(), theme.id()));
		Map<String, Long> goals = new LinkedHashMap<>();
		programme.overview(Languages.DUTCH).goals().forEach(goal -> goals.put(goal.code(), goal.id()));
		Instant now = clock.instant();
		List<DemoIdea> content = DemoIdea.CONTENT;
		for (int i = 0; i < content.size(); i++) {
			DemoIdea demo = content.get(i);
			// the submissions still waiting come from the two demo residents who can sign
			// in, so a visitor can follow them through moderation
			Long author = residents.get(demo.supporters() < 0 ? i % 2 : i % residents.size());
			Instant written = now.minus(Duration.ofHours(40L * (content.size() - i) + 7));
			Idea idea = ideas.save(Idea.draft(author, new IdeaDraft(demo.title(), demo.description(), demo.place(),
					themes.get(demo.theme()), demo.where(), demo.latitude(), demo.longitude()), written));
			idea.submit(written.plus(Duration.ofMinutes(12)));
			history.save(new IdeaStatusChange(idea.getId(), IdeaStatus.SUBMITTED, idea.getSubmittedAt()));
			if (demo.supporters() < 0) {
				continue;
			}
			Instant published = written.plus(Duration.ofHours(20));
			idea.publish(true, published);
			history.save(new IdeaStatusChange(idea.getId(), IdeaStatus.PUBLISHED, published));
			if (demo.goal() != null) {
				idea.file(goals.get(demo.goal()), Set.of(themes.get(demo.theme())),
						published.plus(Duration.ofHours(1)));
			}
			int supporters = Math.min(demo.supporters(), residents.size());
			for (int s = 0; s < supporters; s++) {
				supports.save(new Support(idea.getId(), residents.get((i + s + 1) % residents.size()),
						published.plus(Duration.ofHours(s + 1))));
			}
			int reactions = comment(idea.getId(), i, residents, published);
			ideas.flush();
			ideas.addSupports(idea.getId(), supporters);
			ideas.addComments(idea.getId(), reactions);
		}
		DemoProgress.apply(ideas, history, reports, comments, residents, now);
		log.info("Seeded {} demo ideas from {} demo residents", content.size(), residents.size());
	}

	/** A short conversation under some of the ideas, as neighbours would have it. */
	private int comment(Long ideaId, int index, List<Long> residents, Instant published) {
		if (index % 3 == 2) {
			return 0;
		}
		String[] lines = DemoIdea.REACTIONS.get(index % DemoIdea.REACTIONS.size());
		Long first = comments
			.save(new Comment(ideaId, residents.get((index + 3) % residents.size()), null, lines[0],
					published.plus(Duration.ofHours(3))))
			.getId();
		comments.save(new Comment(ideaId, residents.get((index + 5) % residents.size()), first, lines[1],
				published.plus(Duration.ofHours(5))));
		return 2;
	}

	/**
	 * One demo idea, as {@code demo/ideas.json} lists them.
	 *
	 * @param supporters how many residents support it; negative: still waiting for review
	 * @param goal the programme goal a moderator filed it under; none: still unfiled, so
	 * the demo shows the unfiled list and the filing suggestion at work
	 */
	record DemoIdea(String title, String description, PlaceKind place, String theme, String where, Double latitude,
			Double longitude, int supporters, String goal) {

		static final List<DemoIdea> CONTENT = read("/demo/ideas.json");

		static final List<String[]> REACTIONS = List.of(
				new String[] { "Goed idee! Ik woon hier al twintig jaar en dit mis ik echt.",
						"Eens. Misschien kunnen we met de buren ook helpen." },
				new String[] { "Wie gaat dit onderhouden? Dat is wel belangrijk.",
						"Volgens mij kan de woningcorporatie daarbij helpen." },
				new String[] { "Great idea, my kids would love this.", "Ja, en het is ook goed voor de ouderen." },
				new String[] { "Kan dit ook in onze straat? Daar is het net zo erg.",
						"Zet het er maar bij, dan ziet het programmabureau dat het vaker speelt." });

		private static List<DemoIdea> read(String resource) {
			try (InputStream json = DemoIdea.class.getResourceAsStream(resource)) {
				return List.of(JsonMapper.builder().build().readValue(json, DemoIdea[].class));
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
		}

	}

}
