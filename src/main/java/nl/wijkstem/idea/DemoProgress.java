package nl.wijkstem.idea;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the programme did with some demo ideas, so a newcomer sees the whole road from
 * idea to result: news, official answers, an idea collected at a neighbourhood evening,
 * and a comment some residents reported.
 */
final class DemoProgress {

	private DemoProgress() {
	}

	static void apply(IdeaRepository ideas, IdeaStatusChangeRepository history, ReportRepository reports,
			CommentRepository comments, List<Long> residents, Instant now) {
		Instant recently = now.minus(Duration.ofDays(3));
		step(ideas, history, "Elke maand een grofvuilronde", IdeaStatus.UNDER_CONSIDERATION, recently,
				"We bekijken met de afvaldienst of een vaste ophaaldag in Westwijk kan. In januari weten we meer.");
		answer(ideas, history, "Elke maand een grofvuilronde", recently.plus(Duration.ofHours(2)),
				"Tot die tijd kun je grofvuil gratis laten ophalen. Maak een afspraak via de website van de gemeente of bel 14 010.");
		step(ideas, history, "Speeltuin Reigerlaan opknappen", IdeaStatus.IN_PROGRESS, recently,
				"De nieuwe toestellen zijn besteld. In het voorjaar worden ze geplaatst, samen met een zandbak voor de kleintjes.");
		step(ideas, history, "Afvalbakken terugplaatsen in de Van Hogendorplaan", IdeaStatus.REALISED,
				now.minus(Duration.ofDays(10)),
				"Er staan weer drie afvalbakken, waarvan één bij de bushalte. Bedankt!");
		step(ideas, history, "Parkeerplaatsen voor bewoners", IdeaStatus.NOT_FEASIBLE, recently,
				"Betaald parkeren of vergunningen zijn een besluit van de gemeenteraad voor heel Vlaardingen. Dat past niet in dit programma. We geven je idee door aan de afdeling parkeren.");
		Idea collected = ideas.save(Idea.collected(null, new IdeaDraft("Een brievenbus dichter bij de seniorenflat",
				"De brievenbus is nu bij het winkelcentrum. Voor ouderen met een rollator is dat te ver. Een brievenbus bij de seniorenflat zou veel schelen.",
				PlaceKind.STREET, null, "Seniorenflat", null, null), "Koffieochtend in het buurthuis, 4 november", "",
				now.minus(Duration.ofDays(5))));
		history.save(new IdeaStatusChange(collected.getId(), IdeaStatus.SUBMITTED, collected.getSubmittedAt()));
		collected.publish(true, collected.getSubmittedAt());
		history.save(new IdeaStatusChange(collected.getId(), IdeaStatus.PUBLISHED, collected.getSubmittedAt()));
		reportFirstComment(ideas, reports, comments, residents, "Moestuin voor de buurt", now);
	}

	private static void step(IdeaRepository ideas, IdeaStatusChangeRepository history, String title, IdeaStatus status,
			Instant at, String message) {
		Idea idea = byTitle(ideas, title);
		idea.progress(status, at);
		history.save(new IdeaStatusChange(idea.getId(), status, at, message));
	}

	private static void answer(IdeaRepository ideas, IdeaStatusChangeRepository history, String title, Instant at,
			String answer) {
		Idea idea = byTitle(ideas, title);
		history.save(IdeaStatusChange.of(TimelineKind.ANSWER, idea.getId(), idea.getStatus(), at, answer));
	}

	/**
	 * Two residents reported a comment: not enough to hide it, but it is in the queue.
	 */
	private static void reportFirstComment(IdeaRepository ideas, ReportRepository reports, CommentRepository comments,
			List<Long> residents, String title, Instant now) {
		Idea idea = byTitle(ideas, title);
		comments.findByIdeaIdOrderByCreatedAtAscIdAsc(idea.getId()).stream().findFirst().ifPresent(comment -> {
			reports.save(new Report(idea.getId(), comment.getId(), residents.get(6), ReportReason.OFFENSIVE,
					now.minus(Duration.ofHours(20))));
			reports.save(new Report(idea.getId(), comment.getId(), residents.get(7), ReportReason.OTHER,
					now.minus(Duration.ofHours(18))));
		});
	}

	private static Idea byTitle(IdeaRepository ideas, String title) {
		return ideas.findAll()
			.stream()
			.filter(idea -> idea.getTitle().equals(title))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("demo idea missing: " + title));
	}

}
