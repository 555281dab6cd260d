package nl.wijkstem.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consultations for tests that share one database: each test makes its own, with one
 * question of every kind, straight through the repositories (as the builder's service
 * would, without its rules), and counts the rows answering it stored. Every consultation
 * gets a title of its own.
 */
final class ConsultationFixtures {

	private static final AtomicInteger NUMBER = new AtomicInteger();

	/** A point inside Westwijk's boundary and one outside it. */
	static final double INSIDE_LATITUDE = 51.913;

	static final double INSIDE_LONGITUDE = 4.313;

	static final double OUTSIDE_LATITUDE = 51.95;

	static final double OUTSIDE_LONGITUDE = 4.40;

	private final ApplicationContext context;

	private final TestClock clock;

	private final JdbcTemplate jdbc;

	ConsultationFixtures(ApplicationContext context) {
		this.context = context;
		this.clock = context.getBean(TestClock.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	/**
	 * Open at the test clock's now ({@link #openForm}), with one question of every kind.
	 */
	Questionnaire open(Audience audience, boolean anonymous) {
		return everyKind(openForm(clock.instant(), audience, anonymous));
	}

	/**
	 * As {@link #open}, then answered in full by the demo account, who stays signed in.
	 */
	Questionnaire answeredInFull(Audience audience, boolean anonymous, String username) {
		Questionnaire questionnaire = open(audience, anonymous);
		context.getBean(DemoUsers.class).signIn(username);
		context.getBean(AnswerService.class).submit(questionnaire.id(), questionnaire.fullAnswer());
		return questionnaire;
	}

	/** Opened an hour ago, closes in a day, results in two. */
	static ConsultationForm openForm(Instant now, Audience audience, boolean anonymous) {
		return form(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)),
				audience, anonymous);
	}

	static ConsultationForm form(Instant opens, Instant closes, Instant results, Audience audience, boolean anonymous) {
		int number = NUMBER.incrementAndGet();
		return new ConsultationForm("Veilig over straat " + number, "Safe in the street " + number,
				"Waar voel je je 's avonds niet veilig? Vertel het ons.", "Where do you feel unsafe in the evening?",
				"Dank je wel voor je antwoorden.", "Thank you for your answers.", null, Set.of(), opens, closes,
				results, audience, anonymous);
	}

	/** A published consultation without questions; its id. */
	static Long published(ApplicationContext context, ConsultationForm form) {
		Consultation consultation = Consultation.create(form, null, form.opensAt().minus(Duration.ofDays(1)));
		consultation.publish(form.opensAt().minus(Duration.ofDays(1)));
		return context.getBean(ConsultationRepository.class).save(consultation).getId();
	}

	/**
	 * A published consultation with one question of every kind.
	 */
	Questionnaire everyKind(ConsultationForm form) {
		Long id = published(context, form);
		Builder builder = new Builder(context, id);
		Long section = builder.question(QuestionKind.SECTION, false, null, null, null);
		Long single = builder.question(QuestionKind.SINGLE_CHOICE, true, null, null, null, "Fiets", "Auto", "Lopen");
		Long multiple = builder.question(QuestionKind.MULTIPLE_CHOICE, false, 2, null, null, "Licht", "Camera's",
				"Buurtwacht");
		Long scale = builder.question(QuestionKind.SCALE, false, null, 5, null);
		Long ranking = builder.question(QuestionKind.RANKING, false, null, null, null, "Buurtborrel", "Sportavond",
				"Filmavond");
		Long shortText = builder.question(QuestionKind.SHORT_TEXT, false, null, null, null);
		Long longText = builder.question(QuestionKind.LONG_TEXT, false, null, null, null);
		Long proposal = builder.question(QuestionKind.PROPOSAL, false, null, null, null, "Ja", "Nee", "Geen mening");
		Long place = builder.question(QuestionKind.PLACE, false, 2, null, null);
		// shown only to those who walk
		Long conditional = builder.question(QuestionKind.SHORT_TEXT, false, null, null, builder.options(single).get(2));
		return new Questionnaire(id, section, single, builder.options(single), multiple, builder.options(multiple),
				scale, ranking, builder.options(ranking), shortText, longText, proposal, builder.options(proposal),
				place, conditional);
	}

	long responses(Questionnaire questionnaire) {
		return count("select count(*) from consultation_response where consultation_id = ?", questionnaire);
	}

	long markers(Questionnaire questionnaire) {
		return count("select count(*) from consultation_marker where consultation_id = ?", questionnaire);
	}

	long drafts(Questionnaire questionnaire) {
		return count("select count(*) from consultation_draft where consultation_id = ?", questionnaire);
	}

	/**
	 * The answer rows of all its responses (a ranking or several places take one each).
	 */
	long answerRows(Questionnaire questionnaire) {
		return count("""
				select count(*) from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ?""", questionnaire);
	}

	/** When its one response was answered, as stored. */
	Instant answeredHour(Questionnaire questionnaire) {
		return jdbc
			.queryForObject("select answered_hour from consultation_response where consultation_id = ?",
					OffsetDateTime.class, questionnaire.id())
			.toInstant();
	}

	private long count(String query, Questionnaire questionnaire) {
		return jdbc.queryForObject(query, Long.class, questionnaire.id());
	}

	/**
	 * The ids of a consultation made by {@link #everyKind}: its questions and their
	 * options in order. {@code conditional} is a short text shown only when the third
	 * option of {@code single} (walking) is chosen.
	 */
	record Questionnaire(Long id, Long section, Long single, List<Long> singleOptions, Long multiple,
			List<Long> multipleOptions, Long scale, Long ranking, List<Long> rankingOptions, Long shortText,
			Long longText, Long proposal, List<Long> proposalOptions, Long place, Long conditional) {

		/** An answer to every question but the conditional one, inside every limit. */
		List<AnswerInput> fullAnswer() {
			return List.of(choice(single, singleOptions.getFirst()),
					new AnswerInput(multiple, multipleOptions.subList(0, 2), null, null, null),
					new AnswerInput(scale, null, 4, null, null),
					new AnswerInput(ranking, rankingOptions.reversed(), null, null, null),
					text(shortText, "Meer licht"), text(longText, "De Reigerlaan is 's avonds erg donker."),
					choice(proposal, proposalOptions.get(1)),
					new AnswerInput(place, null, null, null,
							List.of(new AnswerInput.PlaceAnswer(INSIDE_LATITUDE, INSIDE_LONGITUDE, null, "Donker pad"),
									new AnswerInput.PlaceAnswer(null, null, "Bij het station", null))));
		}

		/** Only the required question. */
		List<AnswerInput> shortestAnswer(int option) {
			return List.of(choice(single, singleOptions.get(option)));
		}

		static AnswerInput choice(Long question, Long option) {
			return new AnswerInput(question, List.of(option), null, null, null);
		}

		static AnswerInput text(Long question, String text) {
			return new AnswerInput(question, null, null, text, null);
		}

	}

	/**
	 * Adds questions to a consultation in order, with options labelled as given.
	 */
	static final class Builder {

		private final QuestionRepository questions;

		private final QuestionOptionRepository options;

		private final Long consultationId;

		private int position;

		Builder(ApplicationContext context, Long consultationId) {
			this.questions = context.getBean(QuestionRepository.class);
			this.options = context.getBean(QuestionOptionRepository.class);
			this.consultationId = consultationId;
		}

		/** A question with numbered texts in both languages; its id. */
		Long question(QuestionKind kind, boolean required, Integer maxChoices, Integer scaleMax, Long conditionOptionId,
				String... labels) {
			List<QuestionForm.OptionLabel> optionLabels = new ArrayList<>();
			for (String label : labels) {
				optionLabels.add(new QuestionForm.OptionLabel(label, label));
			}
			int number = position + 1;
			return add(new QuestionForm(kind, kind + " vraag " + number, kind + " question " + number, "", "", required,
					maxChoices, scaleMax, scaleMax == null ? null : "Helemaal niet",
					scaleMax == null ? null : "Not at all", scaleMax == null ? null : "Helemaal wel",
					scaleMax == null ? null : "Very much", conditionOptionId, optionLabels));
		}

		/** Adds the question and its options at the next position; its id. */
		Long add(QuestionForm form) {
			position++;
			Long id = questions.save(Question.create(consultationId, position, form)).getId();
			for (int index = 0; index < form.options().size(); index++) {
				options.save(QuestionOption.create(id, index + 1, form.options().get(index)));
			}
			return id;
		}

		/** The question's option ids in order. */
		List<Long> options(Long questionId) {
			return options.findByQuestionIdOrderByPosition(questionId).stream().map(QuestionOption::getId).toList();
		}

	}

}
