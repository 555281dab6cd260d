package nl.wijkstem.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.wijkstem.base.Languages;
import nl.wijkstem.base.security.DemoSeeding;
import nl.wijkstem.base.security.LoginProfiles;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.FiledIdeas;
import nl.wijkstem.programme.ProgrammeService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One group of demo ideas, as a moderator would make it, so the goal board, the public
 * programme overview and the demo voting round show what groups are. Runs before the demo
 * round is seeded, which puts this group on its ballot.
 */
@Component
@Profile(LoginProfiles.DEMO)
class DemoGroups {

	/** The demo group's name; the demo voting round looks it up by this name. */
	static final String NAME = "Veilig over straat in de avond";

	static final String GOAL = "youth-safety";

	static final Set<String> IDEAS = Set.of("Meer licht op het pad langs de Krabbeplas",
			"Buurtpreventie-app en avondrondes");

	private static final Logger log = LoggerFactory.getLogger(DemoGroups.class);

	private final IdeaGroupRepository groups;

	private final GroupMemberRepository members;

	private final FiledIdeas filedIdeas;

	private final ProgrammeService programme;

	private final Clock clock;

	private final DemoSeeding seeding;

	DemoGroups(IdeaGroupRepository groups, GroupMemberRepository members, FiledIdeas filedIdeas,
			ProgrammeService programme, Clock clock, DemoSeeding seeding) {
		this.seeding = seeding;
		this.groups = groups;
		this.members = members;
		this.filedIdeas = filedIdeas;
		this.programme = programme;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void seed() {
		if (groups.count() > 0) {
			return;
		}
		// the seeding acts as the programme bureau, through the same read services
		seeding.run(this::seedGroup);
	}

	private void seedGroup() {
		Long goalId = programme.overview(Languages.DUTCH)
			.goals()
			.stream()
			.filter(goal -> goal.code().equals(GOAL))
			.findFirst()
			.orElseThrow()
			.id();
		List<FiledIdea> ideas = filedIdeas.mostSupported(goalId, Set.of(), 0, 100)
			.stream()
			.filter(idea -> IDEAS.contains(idea.title()))
			.toList();
		if (ideas.size() != IDEAS.size()) {
			log.warn("Demo group not seeded: its ideas are not all filed under {}", GOAL);
			return;
		}
		Instant now = clock.instant();
		IdeaGroup group = groups.save(new IdeaGroup(goalId, NAME,
				"Bewoners voelen zich niet veilig op straat als het donker is. Meer licht en samen een oogje in "
						+ "het zeil houden horen bij elkaar.",
				now));
		ideas.forEach(idea -> members.save(new GroupMember(idea.id(), group.getId(), now)));
		log.info("Seeded the demo group \"{}\" with {} ideas", NAME, ideas.size());
	}

}
