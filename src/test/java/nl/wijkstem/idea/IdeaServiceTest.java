package nl.wijkstem.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.base.Languages;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class IdeaServiceTest {

	private static final Locale NL = Languages.DUTCH;

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaSettingsService ideaSettings;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	SupportRepository supportRows;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Test
	void submit_validIdea_waitsForReview_visibleToItsAuthorOnly() {
		demo.signIn("fatima");
		Long id = submitted(draft("Meer bomen op het plein bij de Floris de Vijfdelaan",
				"Het plein is erg kaal en heet in de zomer. Met een paar bomen wordt het fijner om te zitten."));

		assertThat(ideas.myIdeas()).anyMatch(idea -> idea.id().equals(id) && idea.status() == IdeaStatus.SUBMITTED);
		assertThat(publicIdeas.idea(id, NL)).get().extracting(IdeaDetails::status).isEqualTo(IdeaStatus.SUBMITTED);

		demo.signIn("kees");
		assertThat(publicIdeas.idea(id, NL)).isEmpty();
		SignIn.out();
		assertThat(publicIdeas.idea(id, NL)).isEmpty();
		assertThat(
				publicIdeas.search(new IdeaQuery("Floris bomen", null, null, null, null, IdeaSort.RELEVANCE), 0, 20, NL)
					.cards())
			.noneMatch(card -> card.id().equals(id));
	}

	@Test
	void submit_tooShortAndNoPlace_isRefusedWithEveryProblem_andWritesNothing() {
		demo.signIn("fatima");
		int before = ideas.myIdeas().size();

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> ideas.submit(null, new IdeaDraft("Bankje", "Graag", null, null, "", null, null)))
			.satisfies(rejected -> assertThat(rejected.problems()).extracting(Rejection.Problem::field)
				.containsExactlyInAnyOrder("title", "description", "placeKind"));
		assertThat(ideas.myIdeas()).hasSize(before);
	}

	@Test
	void submit_twice_keepsOneIdea() {
		demo.signIn("kees");
		IdeaDraft draft = draft("Een hondenuitlaatplek bij de Krabbeplas",
				"Veel mensen laten hun hond uit op het gras waar kinderen spelen. Een vaste plek helpt.");
		Long id = ideas.save(null, draft);
		int before = ideas.myIdeas().size();

		ideas.submit(id, draft);
		ideas.submit(id, draft);

		assertThat(ideas.myIdeas()).hasSize(before);
		assertThat(ideas.myIdeas()).filteredOn(idea -> idea.id().equals(id))
			.extracting(MyIdea::status)
			.containsExactly(IdeaStatus.SUBMITTED);
	}

	@Test
	void submit_pinOutsideTheArea_isRefused() {
		demo.signIn("kees");
		IdeaDraft inRotterdam = new IdeaDraft("Een nieuw bankje bij het station",
				"Bij het station is geen enkele plek om even te zitten.", PlaceKind.STREET, null, "Rotterdam Centraal",
				51.9225, 4.4792);

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.submit(null, inRotterdam))
			.satisfies(rejected -> assertThat(rejected.problems()).extracting(Rejection.Problem::messageKey)
				.containsExactly("idea.error.outsideArea"));
	}

	@Test
	void submit_pinWithoutThePlaceInWords_isRefused_becauseOnlyPeopleWhoSeeTheMapWouldKnowWhere() {
		demo.signIn("kees");
		IdeaDraft pinOnly = new IdeaDraft("Een nieuw bankje bij de Krabbeplas",
				"Langs de plas is geen enkele plek om even te zitten.", PlaceKind.GREEN, null, " ", 51.9095, 4.3042);

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.submit(null, pinOnly))
			.satisfies(rejected -> assertThat(rejected.problems())
				.extracting(Rejection.Problem::field, Rejection.Problem::messageKey)
				.containsExactly(tuple("locationText", "idea.error.pinWithoutWords")));
		// a draft may still lack them
		assertThat(ideas.save(null, pinOnly)).isNotNull();
	}

	@Test
	void draft_canBeIncomplete_andIsResumedAsTyped() {
		demo.signIn("fatima");
		IdeaDraft half = new IdeaDraft("Speelt", "", null, null, "bij de school", null, null);

		Long id = ideas.save(null, half);

		assertThat(ideas.ownDraft(id)).get().satisfies(draft -> {
			assertThat(draft.title()).isEqualTo("Speelt");
			assertThat(draft.locationText()).isEqualTo("bij de school");
		});
		demo.signIn("kees");
		assertThat(ideas.ownDraft(id)).isEmpty();
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.save(id, half));
	}

	@Test
	void publishedIdea_isFoundByAnotherWordForm_inBothLanguages() {
		Long id = published("fatima", "Een nieuwe speeltuin in het Marnixplantsoen",
				"De oude speeltoestellen zijn kapot. Kinderen uit de buurt hebben een veilige plek nodig.");

		assertThat(search("speeltuinen")).contains(id);
		assertThat(search("speeltoestel")).contains(id);
		SignIn.out();
		assertThat(publicIdeas.idea(id, NL)).isPresent();
		Long english = published("kees", "Playgrounds need better lighting at night",
				"The playground near the school is very dark in winter, parents do not feel safe there.");
		assertThat(search("playground light")).contains(english);
	}

	@Test
	void similar_findsIdeasByWordsAndByPlace() {
		Long byWords = published("fatima", "Afvalbakken terugplaatsen in de Van Hogendorplaan",
				"Sinds de bakken weg zijn ligt er veel zwerfafval op straat en in de struiken.");

		// a title as a resident types it, in other words than the idea's
		assertThat(publicIdeas.similar("Vuilnisbak terug in de Van Hogendorplaan", null, null))
			.extracting(SimilarIdea::id)
			.contains(byWords);

		demo.signIn("kees");
		Long byPlace = ideas.save(null,
				new IdeaDraft("Zebrapad oversteek bij het winkelcentrum",
						"Hier steken veel ouders met kinderen over maar auto's rijden er veel te hard.",
						PlaceKind.STREET, null, "bij het winkelcentrum", 51.9200, 4.3235));
		ideas.submit(byPlace, ideas.ownDraft(byPlace).orElseThrow());
		demo.signIn("moderator");
		fixture.publish(byPlace);

		// words no idea has, and a corner of the area where no other test or demo idea
		// has a
		// pin: only the place can find it, and no other idea fills the list first
		assertThat(publicIdeas.similar("qwzxv", 51.9201, 4.3236)).filteredOn(SimilarIdea::nearby)
			.extracting(SimilarIdea::id)
			.contains(byPlace);
	}

	@Test
	void support_onceOnly_andCanBeTakenBack() {
		Long id = published("fatima", "Fietspad langs de Marathonweg verbreden",
				"Het fietspad is smal en druk, vooral als de school uitgaat. Breder is veiliger.");
		demo.signIn("kees");

		assertThat(ideas.support(id)).isTrue();
		assertThat(ideas.support(id)).isFalse();
		assertThat(publicIdeas.idea(id, NL)).get().satisfies(idea -> {
			assertThat(idea.supportCount()).isEqualTo(1);
			assertThat(idea.supportedByMe()).isTrue();
		});

		ideas.withdrawSupport(id);
		ideas.withdrawSupport(id);
		assertThat(publicIdeas.idea(id, NL)).get().extracting(IdeaDetails::supportCount).isEqualTo(0);
	}

	@Test
	void support_concurrentClicks_countOnce() throws Exception {
		Long id = published("fatima", "Meer bankjes rond de Krabbeplas",
				"Ouderen willen graag een rondje lopen maar kunnen nergens even uitrusten onderweg.");
		demo.signIn("kees");
		Authentication kees = SecurityContextHolder.getContext().getAuthentication();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> clicks = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				clicks.add(() -> {
					SecurityContextHolder.getContext().setAuthentication(kees);
					try {
						return ideas.support(id);
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				});
			}
			long counted = 0;
			for (Future<Boolean> click : pool.invokeAll(clicks)) {
				counted += click.get() ? 1 : 0;
			}
			assertThat(counted).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(supportRows.countByIdeaId(id)).isEqualTo(1);
		assertThat(publicIdeas.idea(id, NL)).get().extracting(IdeaDetails::supportCount).isEqualTo(1);
	}

	@Test
	void postModeration_publishesAtOnce() {
		demo.signIn("beheerder");
		ideaSettings.setPostModeration(true);
		try {
			demo.signIn("kees");
			Long id = submitted(draft("Hangplek voor jongeren bij het sportveld",
					"Jongeren hebben nu geen plek om samen te zijn en worden overal weggestuurd."));

			assertThat(publicIdeas.idea(id, NL)).get().extracting(IdeaDetails::status).isEqualTo(IdeaStatus.PUBLISHED);
			assertThat(ideas.submit(id, ideas.ownDraft(id).orElse(IdeaDraft.empty())).status())
				.isEqualTo(IdeaStatus.PUBLISHED);
		}
		finally {
			demo.signIn("beheerder");
			ideaSettings.setPostModeration(false);
		}
	}

	@Test
	void onlyModerators_publish_andOnlyAdministrators_changeTheModerationMode() {
		demo.signIn("kees");

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> fixture.publish(1L));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> ideaSettings.setPostModeration(true));
	}

	@Test
	void withdraw_takesTheIdeaBack() {
		demo.signIn("fatima");
		Long id = submitted(draft("Buurtbarbecue in de zomer organiseren",
				"Een gezellige middag in het park zodat buren elkaar beter leren kennen."));

		ideas.withdraw(id);

		assertThat(ideas.myIdeas()).noneMatch(idea -> idea.id().equals(id));
	}

	/**
	 * Every match, not the first page: other tests in the same database publish ideas
	 * about playgrounds too, and some of them rank higher.
	 */
	private List<Long> search(String text) {
		return publicIdeas.search(new IdeaQuery(text, null, null, null, null, IdeaSort.RELEVANCE), 0, 200, NL)
			.cards()
			.stream()
			.map(IdeaCard::id)
			.toList();
	}

	private Long published(String author, String title, String description) {
		demo.signIn(author);
		Long id = submitted(draft(title, description));
		demo.signIn("moderator");
		fixture.publish(id);
		return id;
	}

	private Long submitted(IdeaDraft draft) {
		Long id = ideas.save(null, draft);
		ideas.submit(id, draft);
		return id;
	}

	private static IdeaDraft draft(String title, String description) {
		return new IdeaDraft(title, description, PlaceKind.SQUARE, null, "", null, null);
	}

}
