package nl.wijkstem.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;

/**
 * A published consultation as residents meet it, with one question of every kind, real
 * texts in both languages, two sections and a question shown only after a given answer:
 * for the residents' view and browser tests, outside this package. Made straight through
 * the repositories, as the builder's service would, without its rules.
 */
public final class ResidentQuestionnaireFixture {

	private static final AtomicInteger NUMBER = new AtomicInteger();

	private ResidentQuestionnaireFixture() {
	}

	/** Open since an hour ago, closing in a week. */
	public static Made open(ApplicationContext context, Instant now, Audience audience, boolean anonymous) {
		return make(context, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)),
				now.plus(Duration.ofDays(14)), audience, anonymous);
	}

	public static Made make(ApplicationContext context, Instant opens, Instant closes, Instant results,
			Audience audience, boolean anonymous) {
		int number = NUMBER.incrementAndGet();
		ConsultationForm form = new ConsultationForm("Buurtvragen " + number, "Neighbourhood questions " + number,
				"Het programmabureau wil weten waar en wanneer je je niet veilig voelt in de wijk. "
						+ "Met je antwoorden kiezen we waar er licht en activiteiten komen.",
				"The programme bureau wants to know where and when you feel unsafe in the neighbourhood. "
						+ "Your answers help us choose where lights and activities go.",
				"Dank je wel! In maart lees je hier wat we met de antwoorden doen.",
				"Thank you! In March you can read here what we do with the answers.", null, Set.of(), opens, closes,
				results, audience, anonymous);
		Long id = ConsultationFixtures.published(context, form);
		ConsultationFixtures.Builder builder = new ConsultationFixtures.Builder(context, id);
		builder.add(question(QuestionKind.SECTION, "Over jou", "About you", "", "", false, null, null, null));
		Long travel = builder.add(question(QuestionKind.SINGLE_CHOICE, "Hoe ga je meestal door de wijk?",
				"How do you usually get around the neighbourhood?", "", "", true, null, null, null, "Lopend|On foot",
				"Op de fiets|By bike", "Met de auto|By car"));
		Long walking = builder.options(travel).getFirst();
		Long route = builder.add(question(QuestionKind.SHORT_TEXT, "Welke route loop je het vaakst?",
				"Which route do you walk most often?", "Bijvoorbeeld: van het station naar de Reigerlaan.",
				"For example: from the station to the Reigerlaan.", false, null, null, walking));
		Long helps = builder.add(question(QuestionKind.MULTIPLE_CHOICE, "Wat helpt jou om je veilig te voelen?",
				"What helps you feel safe?", "", "", false, 2, null, null, "Meer licht|More light", "Camera's|Cameras",
				"Een buurtwacht|A neighbourhood watch", "Minder struiken|Fewer bushes"));
		Long scale = builder.add(question(QuestionKind.SCALE, "Hoe veilig voel je je 's avonds op straat?",
				"How safe do you feel in the street in the evening?", "", "", false, null, 5, null));
		builder.add(question(QuestionKind.SECTION, "Avonden in de wijk", "Evenings in the neighbourhood", "", "", false,
				null, null, null));
		Long ranking = builder.add(question(QuestionKind.RANKING, "Welke avondactiviteit wil je het liefst?",
				"Which evening activity would you like most?", "", "", false, null, null, null,
				"Buurtborrel|Neighbourhood drinks", "Sportavond|Sports night", "Filmavond|Film night"));
		Long proposal = builder
			.add(question(QuestionKind.PROPOSAL, "Vanaf maart loopt er elke vrijdagavond een buurtwacht door de wijk.",
					"From March a neighbourhood watch walks through the area every Friday evening.", "", "", false,
					null, null, null, "Ja|Yes", "Nee|No", "Geen mening|No opinion"));
		Long place = builder.add(question(QuestionKind.PLACE, "Waar voel je je 's avonds niet veilig?",
				"Where do you feel unsafe in the evening?", "Denk aan paden, pleinen en bushaltes.",
				"Think of paths, squares and bus stops.", false, 2, null, null));
		Long longText = builder.add(question(QuestionKind.LONG_TEXT, "Wil je nog iets zeggen?",
				"Is there anything else you want to say?", "Schrijf geen namen of adressen van anderen.",
				"Do not write names or addresses of others.", false, null, null, null));
		return new Made(id, form.titleNl(), form.titleEn(), travel, builder.options(travel), route, helps,
				builder.options(helps), scale, ranking, builder.options(ranking), proposal, builder.options(proposal),
				place, longText);
	}

	/**
	 * The consultation's id and titles, its questions' ids and their options in order.
	 */
	public record Made(Long id, String titleNl, String titleEn, Long travel, List<Long> travelOptions, Long route,
			Long helps, List<Long> helpsOptions, Long scale, Long ranking, List<Long> rankingOptions, Long proposal,
			List<Long> proposalOptions, Long place, Long longText) {
	}

	/**
	 * @param labels each "Dutch|English"
	 */
	private static QuestionForm question(QuestionKind kind, String textNl, String textEn, String helpNl, String helpEn,
			boolean required, Integer maxChoices, Integer scaleMax, Long conditionOptionId, String... labels) {
		List<QuestionForm.OptionLabel> optionLabels = new ArrayList<>();
		for (String label : labels) {
			String[] both = label.split("\\|");
			optionLabels.add(new QuestionForm.OptionLabel(both[0], both[1]));
		}
		boolean scale = scaleMax != null;
		return new QuestionForm(kind, textNl, textEn, helpNl, helpEn, required, maxChoices, scaleMax,
				scale ? "helemaal niet veilig" : null, scale ? "not safe at all" : null, scale ? "heel veilig" : null,
				scale ? "very safe" : null, conditionOptionId, optionLabels);
	}

}
