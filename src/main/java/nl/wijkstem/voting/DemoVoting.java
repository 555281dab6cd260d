package nl.wijkstem.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.wijkstem.base.security.LoginProfiles;
import nl.wijkstem.base.security.DemoSeeding;
import nl.wijkstem.idea.BallotIdea;
import nl.wijkstem.idea.BallotIdeas;
import nl.wijkstem.moderation.BallotGroups;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One open budget round over published demo ideas with their costs, so a newcomer can
 * vote at once (the demo residents are verified already). Exists only in the {@code demo}
 * profile, and only seeds an empty database.
 */
@Component
@Profile(LoginProfiles.DEMO)
class DemoVoting {

	private static final Logger log = LoggerFactory.getLogger(DemoVoting.class);

	/** Demo ideas and their estimated costs in euros. */
	static final Map<String, Long> COSTS = costs();

	/** The demo group (seeded by moderation) and its estimated cost in euros. */
	static final String GROUP = "Veilig over straat in de avond";

	static final long GROUP_COST = 25_000L;

	private final VotingRoundRepository rounds;

	private final BallotItemRepository items;

	private final BallotIdeas ideas;

	private final BallotGroups ballotGroups;

	private final ItemIdeas itemIdeas;

	private final Clock clock;

	private final DemoSeeding seeding;

	DemoVoting(VotingRoundRepository rounds, BallotItemRepository items, BallotIdeas ideas, BallotGroups ballotGroups,
			ItemIdeas itemIdeas, Clock clock, DemoSeeding seeding) {
		this.seeding = seeding;
		this.rounds = rounds;
		this.items = items;
		this.ideas = ideas;
		this.ballotGroups = ballotGroups;
		this.itemIdeas = itemIdeas;
		this.clock = clock;
	}

	private static Map<String, Long> costs() {
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put("Sport- en ontmoetingsplek in het Marnixplantsoen", 45_000L);
		costs.put("Betere fietspaden langs de Marathonweg", 60_000L);
		costs.put("Huiswerkklas in het buurthuis", 15_000L);
		costs.put("Taalcafé voor ouders", 8_000L);
		costs.put("Hondenuitlaatplek bij het Westwijkpark", 12_000L);
		costs.put("Voorleesochtend in de bibliotheek", 3_000L);
		costs.put("Geveltuintjes in de Bachstraat", 6_000L);
		costs.put("Ouderavond over online veiligheid", 2_000L);
		return costs;
	}

	private void putGroupOnBallot(VotingRound round, int position, Instant now) {
		ballotGroups.withIdeas()
			.stream()
			.filter(group -> group.name().equals(GROUP))
			.findFirst()
			.ifPresent(group -> itemIdeas.addGroup(round.getId(), group, GROUP_COST, position,
					"Buurtbudget Westwijk 2027", now));
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void seed() {
		if (rounds.count() > 0) {
			return;
		}
		seeding.run(() -> {
			Instant now = clock.instant();
			VotingRound round = rounds.save(VotingRound.create(new RoundForm("Buurtbudget Westwijk 2027",
					"Westwijk neighbourhood budget 2027",
					"Er is 100.000 euro voor ideeën van bewoners. Kies de ideeën die je het belangrijkst vindt. "
							+ "Samen mogen ze niet meer kosten dan het budget. De ideeën met de meeste steun worden "
							+ "uitgevoerd. Iedere bewoner krijgt een even groot deel van het geld (Gelijke Delen).",
					"There are 100,000 euros for residents' ideas. Choose the ideas you find most important. "
							+ "Together they may not cost more than the budget. The ideas with the most support "
							+ "are carried out. Every resident gets an equal part of the money (Equal Shares).",
					now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)),
					now.plus(Duration.ofDays(61)), BallotKind.BUDGET, null, null, 100_000L, 0, false,
					SharesVariant.COST_ADD1, TieBreak.EARLIER_SUBMITTED), null, now));
			int position = 0;
			for (BallotIdea idea : ideas.candidates()) {
				Long cost = COSTS.get(idea.title());
				if (cost != null) {
					BallotIdea before = ideas.putOnBallot(idea.id(), round.getId(), "Buurtbudget Westwijk 2027");
					items.save(BallotItem.idea(round.getId(), idea.id(), cost, ++position, before.status(),
							before.submittedAt(), now));
				}
			}
			putGroupOnBallot(round, ++position, now);
			log.info("Seeded an open demo voting round with {} ideas and a group", position - 1);
		});
	}

}
