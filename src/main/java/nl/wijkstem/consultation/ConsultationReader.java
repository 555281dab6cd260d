package nl.wijkstem.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.wijkstem.base.LocalizedText;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.stereotype.Component;

/**
 * Consultations and their questions as views see them; shared by the consultation
 * services, which hold the transactions and the access rules.
 */
@Component
class ConsultationReader {

	private final ConsultationRepository consultations;

	private final QuestionRepository questions;

	private final QuestionOptionRepository options;

	private final ProgrammeService programme;

	private final Clock clock;

	ConsultationReader(ConsultationRepository consultations, QuestionRepository questions,
			QuestionOptionRepository options, ProgrammeService programme, Clock clock) {
		this.consultations = consultations;
		this.questions = questions;
		this.options = options;
		this.programme = programme;
		this.clock = clock;
	}

	/**
	 * @throws Rejection {@code consultation.error.unknown}
	 */
	Consultation consultation(Long id) {
		if (id == null) {
			throw new Rejection("consultation.error.unknown");
		}
		return consultations.findById(id).orElseThrow(() -> new Rejection("consultation.error.unknown"));
	}

	/**
	 * @throws Rejection {@code consultation.error.unknown}, also for a draft
	 */
	Consultation published(Long id) {
		Consultation consultation = consultation(id);
		if (!consultation.phase(clock.instant()).isPublic()) {
			throw new Rejection("consultation.error.unknown");
		}
		return consultation;
	}

	ConsultationSummary summary(Consultation consultation, Locale locale) {
		LocalizedText title = consultation.title();
		return new ConsultationSummary(consultation.getId(), title.in(locale), title.languageIn(locale),
				consultation.phase(clock.instant()), consultation.getOpensAt(), consultation.getClosesAt(),
				consultation.getResultsAt(), consultation.getAudience(), consultation.isAnonymous());
	}

	List<ConsultationSummary> summaries(Collection<Consultation> all, Locale locale) {
		return all.stream().map(each -> summary(each, locale)).toList();
	}

	ConsultationDetails details(Consultation consultation, Locale locale) {
		Instant now = clock.instant();
		ProgrammeOverview overview = programme.overview(locale);
		String goal = overview.goals()
			.stream()
			.filter(category -> category.id().equals(consultation.getGoalId()))
			.map(ProgrammeOverview.Category::name)
			.findFirst()
			.orElse(null);
		List<String> themes = overview.themes()
			.stream()
			.filter(category -> consultation.getThemeIds().contains(category.id()))
			.map(ProgrammeOverview.Category::name)
			.toList();
		LocalizedText outcome = consultation.outcome();
		return new ConsultationDetails(consultation.getId(), consultation.title().in(locale),
				consultation.intro().in(locale), consultation.closing().in(locale),
				consultation.title().languageIn(locale), consultation.phase(now), consultation.getOpensAt(),
				consultation.getClosesAt(), consultation.getResultsAt(), consultation.getAudience(),
				consultation.isAnonymous(), goal, themes, outcome == null ? null : outcome.in(locale),
				questions(consultation.getId(), locale));
	}

	List<QuestionItem> questions(Long consultationId, Locale locale) {
		List<Question> asked = questions.findByConsultationIdOrderByPosition(consultationId);
		Map<Long, List<QuestionOption>> optionsOf = options
			.findByQuestionIdInOrderByQuestionIdAscPositionAsc(asked.stream().map(Question::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(QuestionOption::getQuestionId));
		Map<Long, Long> questionOfOption = optionsOf.values()
			.stream()
			.flatMap(List::stream)
			.collect(Collectors.toMap(QuestionOption::getId, QuestionOption::getQuestionId));
		return asked.stream()
			.map(question -> item(question, optionsOf.getOrDefault(question.getId(), List.of()), questionOfOption,
					locale))
			.toList();
	}

	private static QuestionItem item(Question question, List<QuestionOption> choices, Map<Long, Long> questionOfOption,
			Locale locale) {
		Function<LocalizedText, String> in = text -> text == null ? null : text.in(locale);
		List<QuestionItem.OptionItem> optionItems = choices.stream()
			.map(option -> new QuestionItem.OptionItem(option.getId(), option.label().in(locale),
					option.label().languageIn(locale)))
			.toList();
		Long conditionOption = question.getConditionOptionId();
		return new QuestionItem(question.getId(), question.getPosition(), question.getKind(),
				question.text().in(locale), question.help().in(locale), question.text().languageIn(locale),
				question.isRequired(), question.getMaxChoices(), question.getScaleMax(), in.apply(question.lowLabel()),
				in.apply(question.highLabel()), question.getImageId(), in.apply(question.imageAlt()),
				conditionOption == null ? null : questionOfOption.get(conditionOption), conditionOption, optionItems);
	}

}
