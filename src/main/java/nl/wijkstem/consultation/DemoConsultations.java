package nl.wijkstem.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.wijkstem.base.Languages;
import nl.wijkstem.base.security.LoginProfiles;
import nl.wijkstem.base.security.DemoSeeding;
import nl.wijkstem.consultation.QuestionForm.OptionLabel;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two consultations, so a newcomer sees both ends: "Veilig over straat", open, with a map
 * question and a ranking of evening activities; and a closed one about the
 * Marnixplantsoen playground, with answers collected at a neighbourhood evening,
 * published results and the programme bureau's answer. Exists only in the {@code demo}
 * profile, and only seeds when there are no consultations.
 */
@Component
@Profile(LoginProfiles.DEMO)
class DemoConsultations {

	static final String OPEN_TITLE = "Veilig over straat";

	static final String CLOSED_TITLE = "Speelplek Marnixplantsoen";

	private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);

	private static final OptionLabel YES = new OptionLabel("Ja", "Yes");

	private static final OptionLabel NO = new OptionLabel("Nee", "No");

	private static final OptionLabel NO_OPINION = new OptionLabel("Geen mening", "No opinion");

	/** Where the collected answers put the playground's problems: two busy corners. */
	private static final double[][] HOTSPOTS = { { 51.9128, 4.3118 }, { 51.9150, 4.3170 } };

	/** Remarks with some of the pins; {@code null} for a pin without one. */
	private static final String[] REMARKS = { "Te donker bij de ingang", "Hier wordt hard gereden", null,
			"Hangplek, 's avonds onrustig", null };

	private final ConsultationRepository consultations;

	private final QuestionRepository questions;

	private final QuestionOptionRepository options;

	private final ProgrammeService programme;

	private final JdbcClient sql;

	private final Clock clock;

	private final DemoSeeding seeding;

	DemoConsultations(ConsultationRepository consultations, QuestionRepository questions,
			QuestionOptionRepository options, ProgrammeService programme, JdbcClient sql, Clock clock,
			DemoSeeding seeding) {
		this.consultations = consultations;
		this.questions = questions;
		this.options = options;
		this.programme = programme;
		this.sql = sql;
		this.clock = clock;
		this.seeding = seeding;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(30)
	void seed() {
		if (consultations.count() > 0) {
			return;
		}
		seeding.run(() -> {
			Instant now = clock.instant();
			ProgrammeOverview overview = programme.overview(Languages.DUTCH);
			Map<String, Long> goals = ids(overview.goals());
			Map<String, Long> themes = ids(overview.themes());
			seedOpen(now, goals, themes);
			int answers = seedClosed(now, goals, themes);
			log.info("Seeded two demo consultations, the closed one with {} collected answers", answers);
		});
	}

	private static Map<String, Long> ids(List<ProgrammeOverview.Category> categories) {
		return categories.stream()
			.collect(Collectors.toMap(ProgrammeOverview.Category::code, ProgrammeOverview.Category::id));
	}

	private void seedOpen(Instant now, Map<String, Long> goals, Map<String, Long> themes) {
		Consultation consultation = Consultation.create(new ConsultationForm(OPEN_TITLE, "Safe on the street", """
				Wij de Westwijk wil dat iedereen zich 's avonds veilig voelt op straat. \
				Waar voel je je niet veilig? En wat zou helpen? Het invullen duurt ongeveer 5 minuten. \
				Je antwoorden zijn anoniem.""", """
				Wij de Westwijk wants everyone to feel safe on the street in the evening. \
				Where do you not feel safe? And what would help? Answering takes about 5 minutes. \
				Your answers are anonymous.""", "Bedankt! In de zomer lees je hier wat we met de antwoorden doen.",
				"Thank you! In the summer you can read here what we do with the answers.", goals.get("youth-safety"),
				themeSet(themes, "safety", "liveability"), now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(40)),
				now.plus(Duration.ofDays(47)), Audience.SIGNED_IN, true), null, now);
		consultation.publish(now.minus(Duration.ofDays(6)));
		Long id = consultations.save(consultation).getId();
		int position = 0;
		question(id, ++position, section("Je avond in de wijk", "Your evening in the neighbourhood"));
		Question often = question(id, ++position,
				choice(QuestionKind.SINGLE_CHOICE, "Hoe vaak ben je 's avonds buiten in de Westwijk?",
						"How often are you out in Westwijk in the evening?", true,
						List.of(new OptionLabel("Bijna elke avond", "Almost every evening"),
								new OptionLabel("Een paar keer per week", "A few times a week"),
								new OptionLabel("Soms", "Sometimes"), new OptionLabel("Bijna nooit", "Hardly ever"))));
		question(id, ++position,
				new QuestionForm(QuestionKind.SCALE, "Hoe veilig voel je je 's avonds op straat?",
						"How safe do you feel on the street in the evening?", "", "", true, null, 5, "Helemaal niet",
						"Not at all", "Heel veilig", "Very safe", null, List.of()));
		Long hardlyEver = options.findByQuestionIdOrderByPosition(often.getId()).getLast().getId();
		question(id, ++position,
				new QuestionForm(QuestionKind.LONG_TEXT, "Waarom ga je 's avonds bijna nooit naar buiten?",
						"Why do you hardly ever go out in the evening?", "Je hoeft dit niet in te vullen.",
						"You do not have to answer this.", false, null, null, null, null, null, null, hardlyEver,
						List.of()));
		question(id, ++position, section("Plekken", "Places"));
		question(id, ++position,
				new QuestionForm(QuestionKind.PLACE, "Waar voel je je 's avonds niet veilig?",
						"Where do you feel unsafe in the evening?",
						"Zet een speld op de kaart, of beschrijf de plek in woorden. Je kunt tot 3 plekken geven.",
						"Put a pin on the map, or describe the place in words. You can give up to 3 places.", false, 3,
						null, null, null, null, null, null, List.of()));
		question(id, ++position, section("Wat helpt?", "What helps?"));
		question(id, ++position, choice(QuestionKind.RANKING,
				"Welke avondactiviteit wil je het liefst? Zet ze op volgorde.",
				"Which evening activity would you like most? Put them in order.", true,
				List.of(new OptionLabel("Buurtwandeling met de wijkagent",
						"Neighbourhood walk with the community police officer"),
						new OptionLabel("Avondsport in het Marnixplantsoen", "Evening sports in the Marnixplantsoen"),
						new OptionLabel("Jongerenavond in het buurthuis", "Youth evening at the community centre"),
						new OptionLabel("Samen de straatverlichting nalopen", "Checking the street lights together"))));
		question(id, ++position, proposal("Voorstel: de lantaarns in de winter een uur eerder aan.",
				"Proposal: switch the street lights on an hour earlier in winter."));
		question(id, ++position,
				choice(QuestionKind.MULTIPLE_CHOICE,
						"Wat zou jou helpen om je veiliger te voelen? Kies er hoogstens 2.",
						"What would help you feel safer? Choose at most 2.", false,
						List.of(new OptionLabel("Meer licht", "More light"),
								new OptionLabel("Meer mensen op straat", "More people on the street"),
								new OptionLabel("Vaker een wijkagent", "The community police officer more often"),
								new OptionLabel("Een buurtapp-groep", "A neighbourhood app group"))),
				2);
		question(id, ++position, new QuestionForm(QuestionKind.SHORT_TEXT, "Heb je nog een tip voor ons?",
				"Do you have a tip for us?", "", "", false, null, null, null, null, null, null, null, List.of()));
	}

	private int seedClosed(Instant now, Map<String, Long> goals, Map<String, Long> themes) {
		Consultation consultation = Consultation.create(new ConsultationForm(CLOSED_TITLE, "Marnixplantsoen playground",
				"De speelplek in het Marnixplantsoen wordt opgeknapt. Wat vinden kinderen en ouders belangrijk?",
				"The playground in the Marnixplantsoen is being renewed. What do children and parents find important?",
				"Bedankt voor je antwoorden!", "Thank you for your answers!", goals.get("taking-part"),
				themeSet(themes, "child", "parents"), now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(25)),
				now.minus(Duration.ofDays(20)), Audience.RESIDENTS, true), null, now);
		consultation.publish(now.minus(Duration.ofDays(61)));
		consultation.publishOutcome("""
				Dank je wel voor de 36 antwoorden. De meeste mensen willen een klimrek en meer bankjes voor ouders. \
				Dat komt er. Veel mensen voelen zich niet veilig bij de ingang aan de kant van de school: \
				daar komt extra licht. In het voorjaar beginnen we met de bouw.""", """
				Thank you for the 36 answers. Most people want a climbing frame and more benches for parents. \
				That is what we will build. Many people do not feel safe at the entrance on the school side: \
				extra light will go there. Building starts in the spring.""", now.minus(Duration.ofDays(15)));
		Long id = consultations.save(consultation).getId();
		Question wish = question(id, 1,
				choice(QuestionKind.SINGLE_CHOICE, "Wat moet er zeker komen?", "What must certainly be there?", true,
						List.of(new OptionLabel("Een klimrek", "A climbing frame"),
								new OptionLabel("Schommels", "Swings"), new OptionLabel("Een zandbak", "A sandpit"),
								new OptionLabel("Een voetbalveldje", "A small football pitch"))));
		Question benches = question(id, 2,
				proposal("Voorstel: meer bankjes voor ouders.", "Proposal: more benches for parents."));
		Question place = question(id, 3,
				new QuestionForm(QuestionKind.PLACE, "Waar voel je je niet veilig rond de speelplek?",
						"Where do you not feel safe around the playground?", "", "", false, 2, null, null, null, null,
						null, null, List.of()));
		return collectAnswers(id, wish, benches, place, now.minus(Duration.ofDays(30)));
	}

	/**
	 * Answers as the bureau typed them in after a neighbourhood evening: collected, with
	 * no account, and the same every time (a fixed seed).
	 */
	private int collectAnswers(Long consultationId, Question wish, Question benches, Question place, Instant at) {
		Random random = new Random(2026);
		List<Long> wishes = optionIds(wish);
		List<Long> verdicts = optionIds(benches);
		int[] wishWeights = { 15, 9, 5, 7 };
		int[] verdictWeights = { 27, 5, 4 };
		int count = 36;
		for (int i = 0; i < count; i++) {
			UUID response = UUID.randomUUID();
			sql.sql("""
					insert into consultation_response (id, consultation_id, account_id, answered_hour, collected)
					values (?, ?, null, ?, true)""")
				.params(response, consultationId, at.truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC))
				.update();
			insertOption(response, wish.getId(), wishes.get(weighted(random, wishWeights)));
			insertOption(response, benches.getId(), verdicts.get(weighted(random, verdictWeights)));
			if (i % 3 != 2) {
				double[] spot = HOTSPOTS[i % 2 == 0 ? 0 : 1];
				double latitude = spot[0] + random.nextGaussian() * 0.0002;
				double longitude = spot[1] + random.nextGaussian() * 0.0003;
				if (programme.containsLocation(latitude, longitude)) {
					String remark = REMARKS[i % REMARKS.length];
					sql.sql("""
							insert into consultation_answer (version, response_id, question_id, latitude, longitude,
							    text_value, review, shown_text)
							values (0, ?, ?, ?, ?, ?, ?, ?)""")
						.params(response, place.getId(), latitude, longitude, remark, remark == null ? null : "SHOWN",
								remark)
						.update();
				}
			}
		}
		return count;
	}

	private void insertOption(UUID response, Long questionId, Long optionId) {
		sql.sql("insert into consultation_answer (version, response_id, question_id, option_id) values (0, ?, ?, ?)")
			.params(response, questionId, optionId)
			.update();
	}

	private static int weighted(Random random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int pick = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private List<Long> optionIds(Question question) {
		return options.findByQuestionIdOrderByPosition(question.getId()).stream().map(QuestionOption::getId).toList();
	}

	private Question question(Long consultationId, int position, QuestionForm form) {
		Question question = questions.save(Question.create(consultationId, position, form));
		List<OptionLabel> labels = form.kind() == QuestionKind.PROPOSAL ? List.of(YES, NO, NO_OPINION) : form.options();
		for (int i = 0; i < labels.size(); i++) {
			options.save(QuestionOption.create(question.getId(), i + 1, labels.get(i)));
		}
		return question;
	}

	private Question question(Long consultationId, int position, QuestionForm form, int maxChoices) {
		return question(consultationId, position,
				new QuestionForm(form.kind(), form.textNl(), form.textEn(), form.helpNl(), form.helpEn(),
						form.required(), maxChoices, null, null, null, null, null, null, form.options()));
	}

	private static QuestionForm section(String nl, String en) {
		return new QuestionForm(QuestionKind.SECTION, nl, en, "", "", false, null, null, null, null, null, null, null,
				List.of());
	}

	private static QuestionForm choice(QuestionKind kind, String nl, String en, boolean required,
			List<OptionLabel> labels) {
		return new QuestionForm(kind, nl, en, "", "", required, null, null, null, null, null, null, null, labels);
	}

	private static QuestionForm proposal(String nl, String en) {
		return new QuestionForm(QuestionKind.PROPOSAL, nl, en, "", "", true, null, null, null, null, null, null, null,
				List.of());
	}

	private static Set<Long> themeSet(Map<String, Long> themes, String... codes) {
		Function<String, Long> id = themes::get;
		return Arrays.stream(codes).map(id).filter(Objects::nonNull).collect(Collectors.toSet());
	}

}
