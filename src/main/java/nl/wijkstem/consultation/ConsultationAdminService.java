package nl.wijkstem.consultation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.audit.ModerationActionTaken;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators and administrators build consultations: settings, questions with their
 * options, images and conditions, a preview, and publishing. Once the first answer is in
 * (any response, also one collected on paper), what the questions ask is frozen: only
 * their texts can still be corrected, and every such correction goes in the audit trail,
 * as every publication does.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationAdminService {

	private static final String SUBJECT = ConsultationSubjectNames.CONSULTATION;

	private static final int AUDIT_STATE_MAX = 10_000;

	private final ConsultationRepository consultations;

	private final QuestionRepository questions;

	private final QuestionOptionRepository options;

	private final ConsultationReader reader;

	private final QuestionImageStore images;

	private final ProgrammeService programme;

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsultationAdminService(ConsultationRepository consultations, QuestionRepository questions,
			QuestionOptionRepository options, ConsultationReader reader, QuestionImageStore images,
			ProgrammeService programme, AccountService accounts, JdbcTemplate jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.consultations = consultations;
		this.questions = questions;
		this.options = options;
		this.reader = reader;
		this.images = images;
		this.programme = programme;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Every consultation, drafts included, the latest opening first. */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	public List<ConsultationSummary> all(Locale locale) {
		return reader.summaries(consultations.findAllByOrderByOpensAtDescIdDesc(), locale);
	}

	/** Whether the consultation exists, drafts included. */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	public boolean exists(Long consultationId) {
		return consultationId != null && consultations.existsById(consultationId);
	}

	/**
	 * @throws Rejection {@code consultation.error.unknown}
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	public EditableConsultation edit(Long consultationId) {
		Consultation consultation = reader.consultation(consultationId);
		List<Question> asked = questions.findByConsultationIdOrderByPosition(consultationId);
		Map<Long, List<QuestionOption>> optionsOf = optionsOf(asked);
		Map<Long, Long> questionOfOption = new LinkedHashMap<>();
		optionsOf.values()
			.forEach(list -> list.forEach(option -> questionOfOption.put(option.getId(), option.getQuestionId())));
		List<EditableConsultation.EditableQuestion> editable = asked.stream().map(question -> {
			List<QuestionOption> own = optionsOf.getOrDefault(question.getId(), List.of());
			var alt = question.imageAlt();
			return new EditableConsultation.EditableQuestion(question.getId(), question.getPosition(),
					question.form(own.stream().map(QuestionOption::form).toList()),
					own.stream().map(QuestionOption::getId).toList(),
					question.getConditionOptionId() == null ? null
							: questionOfOption.get(question.getConditionOptionId()),
					question.getImageId(), alt == null ? null : alt.nl(), alt == null ? null : alt.en());
		}).toList();
		return new EditableConsultation(consultation.getId(), consultation.getVersion(),
				consultation.phase(clock.instant()), answered(consultationId), consultation.form(), editable);
	}

	/**
	 * Creates a draft consultation.
	 * @throws Rejection with a problem per field of {@link ConsultationForm}
	 * ({@code dates} for the period, {@code goal}, {@code themes})
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public Long create(ConsultationForm form) {
		ConsultationRules.check(form, programme.overview(Locale.ROOT));
		return consultations.save(Consultation.create(form, accounts.currentAccountId().orElse(null), clock.instant()))
			.getId();
	}

	/**
	 * Changes the settings. Once answers are in, the audience and anonymity stay, and a
	 * change of texts is logged.
	 * @throws Rejection as {@link #create}, or {@code consultation.error.answeredRules}
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void update(Long consultationId, ConsultationForm form) {
		Consultation consultation = reader.consultation(consultationId);
		ConsultationRules.check(form, programme.overview(Locale.ROOT));
		boolean answered = answered(consultationId);
		String before = settingsTexts(consultation.form());
		consultation.update(form, answered);
		String after = settingsTexts(consultation.form());
		if (answered && !before.equals(after)) {
			acted(ConsultationActions.CORRECT_TEXT, consultationId, before, after);
		}
	}

	/**
	 * Makes the consultation visible to residents; it opens for answers at its opening
	 * time. Publishing twice changes nothing.
	 * @throws Rejection {@code consultation.error.noQuestions} when nothing is asked yet
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void publish(Long consultationId) {
		Consultation consultation = reader.consultation(consultationId);
		if (consultation.getPublishedAt() != null) {
			return;
		}
		if (questions.findByConsultationIdOrderByPosition(consultationId)
			.stream()
			.noneMatch(question -> question.getKind().isAnswerable())) {
			throw new Rejection("consultation.error.noQuestions");
		}
		consultation.publish(clock.instant());
		acted(ConsultationActions.PUBLISH, consultationId, "", consultation.form().titleNl());
	}

	/**
	 * The consultation exactly as residents will see it, also while it is a draft.
	 * @throws Rejection {@code consultation.error.unknown}
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	public ConsultationDetails preview(Long consultationId, Locale locale) {
		return reader.details(reader.consultation(consultationId), locale);
	}

	/**
	 * Adds a question at the end. A proposal gets its three options (yes, no, no
	 * opinion).
	 * @throws Rejection {@code consultation.error.frozen} once answers are in, or a
	 * problem per field of the question form (see {@link QuestionRules})
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public Long addQuestion(Long consultationId, QuestionForm form) {
		reader.consultation(consultationId);
		notAnswered(consultationId, null);
		List<Question> asked = questions.findByConsultationIdOrderByPosition(consultationId);
		QuestionRules.check(form, withOptions(asked), false);
		int position = asked.stream().mapToInt(Question::getPosition).max().orElse(0) + 1;
		Question question = questions.saveAndFlush(Question.create(consultationId, position, form));
		syncOptions(question, List.of(), form, Set.of(), false);
		return question.getId();
	}

	/**
	 * Changes a question. Once answers are in, only its texts (and its options' labels)
	 * may change, and the correction is logged.
	 * @throws Rejection {@code consultation.error.frozen} when more than the texts would
	 * change after answers are in, or a problem per field of the question form
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void updateQuestion(Long questionId, QuestionForm form) {
		Question question = question(questionId);
		Long consultationId = question.getConsultationId();
		List<Question> asked = questions.findByConsultationIdOrderByPosition(consultationId);
		List<QuestionOption> current = options.findByQuestionIdOrderByPosition(questionId);
		if (answered(consultationId)) {
			correctTexts(question, current, form);
			return;
		}
		Set<Long> dependedOn = dependedOn(asked, current);
		List<Question> earlier = asked.stream().filter(each -> each.getPosition() < question.getPosition()).toList();
		QuestionRules.check(form, withOptions(earlier), !dependedOn.isEmpty());
		boolean wasProposal = question.getKind() == QuestionKind.PROPOSAL;
		question.update(form);
		syncOptions(question, current, form, dependedOn, wasProposal);
	}

	/**
	 * @throws Rejection {@code consultation.error.frozen} once answers are in,
	 * {@code consultation.error.conditionInUse} when a later question depends on it
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void removeQuestion(Long questionId) {
		Question question = question(questionId);
		notAnswered(question.getConsultationId(), questionId);
		List<QuestionOption> own = options.findByQuestionIdOrderByPosition(questionId);
		if (!dependedOn(questions.findByConsultationIdOrderByPosition(question.getConsultationId()), own).isEmpty()) {
			throw new Rejection(List.of(new Rejection.Problem(field(questionId), "consultation.error.conditionInUse")));
		}
		Long imageId = question.getImageId();
		options.deleteAll(own);
		questions.delete(question);
		questions.flush();
		if (imageId != null) {
			images.delete(imageId);
		}
	}

	/**
	 * Moves a question one place up ({@code -1}) or down ({@code 1}). A question stays
	 * after the one its condition points to.
	 * @throws Rejection {@code consultation.error.frozen}, {@code
	 * consultation.error.conditionOrder}
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void moveQuestion(Long questionId, int direction) {
		Question question = question(questionId);
		notAnswered(question.getConsultationId(), questionId);
		List<Question> asked = questions.findByConsultationIdOrderByPosition(question.getConsultationId());
		int index = asked.indexOf(question);
		int other = index + Integer.signum(direction);
		if (direction == 0 || other < 0 || other >= asked.size()) {
			return;
		}
		Question first = asked.get(Math.min(index, other));
		Question second = asked.get(Math.max(index, other));
		Set<Long> firstOptions = options.findByQuestionIdOrderByPosition(first.getId())
			.stream()
			.map(QuestionOption::getId)
			.collect(Collectors.toSet());
		if (second.getConditionOptionId() != null && firstOptions.contains(second.getConditionOptionId())) {
			throw new Rejection(List.of(new Rejection.Problem(field(questionId), "consultation.error.conditionOrder")));
		}
		int firstPosition = first.getPosition();
		int secondPosition = second.getPosition();
		// positions are unique: park one while the other takes its place
		first.moveTo(-1);
		questions.flush();
		second.moveTo(firstPosition);
		questions.flush();
		first.moveTo(secondPosition);
	}

	/**
	 * Shows an image with the question, or changes its description only when
	 * {@code upload} is {@code null}. The description in Dutch is required.
	 * @throws Rejection on field {@code image} (not PNG or JPEG, too large, unreadable),
	 * {@code imageAltNl}/{@code imageAltEn}, or {@code consultation.error.frozen} for a
	 * new image once answers are in
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void showImage(Long questionId, byte[] upload, String altNl, String altEn) {
		Question question = question(questionId);
		List<Rejection.Problem> problems = new ArrayList<>();
		ConsultationRules.required(problems, "imageAltNl", altNl, 300);
		ConsultationRules.optional(problems, "imageAltEn", altEn, 300);
		if (upload == null && question.getImageId() == null) {
			problems.add(new Rejection.Problem("image", "consultation.error.imageMissing"));
		}
		Rejection.rejectIfAny(problems);
		boolean answered = answered(question.getConsultationId());
		if (upload == null) {
			var before = question.imageAlt();
			question.showImage(question.getImageId(), altNl, altEn);
			var after = question.imageAlt();
			if (answered && !before.equals(after)) {
				acted(ConsultationActions.CORRECT_TEXT, question.getConsultationId(),
						question.getPosition() + ". " + before.nl() + " / " + before.en(),
						question.getPosition() + ". " + after.nl() + " / " + after.en());
			}
			return;
		}
		if (answered) {
			throw new Rejection(List.of(new Rejection.Problem("image", "consultation.error.frozen")));
		}
		QuestionImageFile checked = QuestionImageCheck.check(upload);
		Long old = question.getImageId();
		question.showImage(images.store(checked), altNl, altEn);
		questions.flush();
		if (old != null) {
			images.delete(old);
		}
	}

	/**
	 * @throws Rejection {@code consultation.error.frozen} once answers are in
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void removeImage(Long questionId) {
		Question question = question(questionId);
		notAnswered(question.getConsultationId(), questionId);
		Long old = question.getImageId();
		if (old != null) {
			question.showImage(null, null, null);
			questions.flush();
			images.delete(old);
		}
	}

	/**
	 * A question's image for whoever may read its consultation: everyone once it is
	 * published, only staff while it is a draft.
	 */
	@PermitAll
	public Optional<QuestionImageFile> image(Long imageId) {
		if (imageId == null) {
			return Optional.empty();
		}
		List<Long> owners = jdbc.queryForList(
				"select q.consultation_id from consultation_question q where q.image_id = ?", Long.class, imageId);
		if (owners.isEmpty()) {
			return Optional.empty();
		}
		boolean visible = isStaff() || consultations.findById(owners.getFirst())
			.filter(consultation -> consultation.phase(clock.instant()).isPublic())
			.isPresent();
		return visible ? images.read(imageId) : Optional.empty();
	}

	private static boolean isStaff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return authorities.contains(Roles.authority(Roles.MODERATOR))
				|| authorities.contains(Roles.authority(Roles.ADMIN));
	}

	private void correctTexts(Question question, List<QuestionOption> current, QuestionForm form) {
		QuestionForm was = question.form(current.stream().map(QuestionOption::form).toList());
		boolean ownOptions = editableOptions(question.getKind());
		boolean same = was.kind() == form.kind() && was.required() == form.required()
				&& Objects.equals(was.maxChoices(), form.maxChoices())
				&& Objects.equals(was.scaleMax(), form.scaleMax())
				&& Objects.equals(was.conditionOptionId(), form.conditionOptionId())
				&& (!ownOptions || was.options().size() == form.options().size());
		if (!same) {
			throw new Rejection("consultation.error.frozen");
		}
		List<QuestionForm.OptionLabel> labels = ownOptions ? form.options() : List.of();
		QuestionRules.checkTexts(form, labels);
		String before = questionTexts(question, current);
		question.correctTexts(form);
		for (int i = 0; i < labels.size(); i++) {
			current.get(i).relabel(labels.get(i));
		}
		String after = questionTexts(question, current);
		if (!before.equals(after)) {
			acted(ConsultationActions.CORRECT_TEXT, question.getConsultationId(), before, after);
		}
	}

	/**
	 * Makes the question's options what the form says: choice and ranking options by
	 * position (relabelled, added, removed), a proposal's fixed three (kept as they are
	 * when it was a proposal already), none otherwise.
	 */
	private void syncOptions(Question question, List<QuestionOption> current, QuestionForm form, Set<Long> dependedOn,
			boolean wasProposal) {
		List<QuestionForm.OptionLabel> wanted;
		if (editableOptions(form.kind())) {
			wanted = form.options();
		}
		else if (form.kind() == QuestionKind.PROPOSAL) {
			wanted = wasProposal ? current.stream().map(QuestionOption::form).toList() : ProposalLabels.labels();
		}
		else {
			wanted = List.of();
		}
		List<QuestionOption> surplus = current.subList(Math.min(wanted.size(), current.size()), current.size());
		if (surplus.stream().anyMatch(option -> dependedOn.contains(option.getId()))) {
			throw new Rejection(List.of(new Rejection.Problem("options", "consultation.error.conditionInUse")));
		}
		for (int i = 0; i < Math.min(wanted.size(), current.size()); i++) {
			current.get(i).relabel(wanted.get(i));
		}
		if (!surplus.isEmpty()) {
			options.deleteAll(List.copyOf(surplus));
			options.flush();
		}
		for (int i = current.size(); i < wanted.size(); i++) {
			options.save(QuestionOption.create(question.getId(), i + 1, wanted.get(i)));
		}
	}

	private static boolean editableOptions(QuestionKind kind) {
		return kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE
				|| kind == QuestionKind.RANKING;
	}

	/** The options of {@code own} that later questions depend on. */
	private static Set<Long> dependedOn(List<Question> asked, List<QuestionOption> own) {
		Set<Long> ids = own.stream().map(QuestionOption::getId).collect(Collectors.toSet());
		return asked.stream()
			.map(Question::getConditionOptionId)
			.filter(Objects::nonNull)
			.filter(ids::contains)
			.collect(Collectors.toSet());
	}

	private Map<Question, List<QuestionOption>> withOptions(List<Question> asked) {
		Map<Long, List<QuestionOption>> optionsOf = optionsOf(asked);
		Map<Question, List<QuestionOption>> result = new LinkedHashMap<>();
		asked.stream()
			.sorted(Comparator.comparingInt(Question::getPosition))
			.forEach(question -> result.put(question, optionsOf.getOrDefault(question.getId(), List.of())));
		return result;
	}

	private Map<Long, List<QuestionOption>> optionsOf(List<Question> asked) {
		if (asked.isEmpty()) {
			return Map.of();
		}
		return options.findByQuestionIdInOrderByQuestionIdAscPositionAsc(asked.stream().map(Question::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(QuestionOption::getQuestionId));
	}

	private Question question(Long questionId) {
		if (questionId == null) {
			throw new Rejection("consultation.error.questionGone");
		}
		return questions.findById(questionId).orElseThrow(() -> new Rejection("consultation.error.questionGone"));
	}

	/** Whether any answer is in: a response of a resident, or one collected on paper. */
	private boolean answered(Long consultationId) {
		return !jdbc
			.queryForList("select 1 from consultation_response where consultation_id = ? fetch first 1 rows only",
					Integer.class, consultationId)
			.isEmpty();
	}

	private void notAnswered(Long consultationId, Long questionId) {
		if (answered(consultationId)) {
			throw new Rejection(List
				.of(new Rejection.Problem(questionId == null ? null : field(questionId), "consultation.error.frozen")));
		}
	}

	private static String field(Long questionId) {
		return "question-" + questionId;
	}

	private static String settingsTexts(ConsultationForm form) {
		return String.join(" | ", form.titleNl(), form.titleEn(), form.introNl(), form.introEn(), form.closingNl(),
				form.closingEn());
	}

	private static String questionTexts(Question question, List<QuestionOption> own) {
		StringBuilder texts = new StringBuilder().append(question.getPosition())
			.append(". ")
			.append(question.text().nl())
			.append(" / ")
			.append(question.text().en());
		if (!question.help().nl().isEmpty() || !question.help().en().isEmpty()) {
			texts.append(" | ").append(question.help().nl()).append(" / ").append(question.help().en());
		}
		if (question.lowLabel() != null) {
			texts.append(" | ").append(question.lowLabel().nl()).append(" / ").append(question.lowLabel().en());
		}
		if (question.highLabel() != null) {
			texts.append(" | ").append(question.highLabel().nl()).append(" / ").append(question.highLabel().en());
		}
		for (QuestionOption option : own) {
			texts.append(" | ").append(option.label().nl()).append(" / ").append(option.label().en());
		}
		return texts.toString();
	}

	/** The trail keeps at most 10,000 characters of a state. */
	private static String shortened(String text) {
		return text.length() <= AUDIT_STATE_MAX ? text : text.substring(0, AUDIT_STATE_MAX - 1) + "…";
	}

	private void acted(ConsultationActions action, Long consultationId, String before, String after) {
		events.publishEvent(
				new ModerationActionTaken(action, SUBJECT, consultationId, shortened(before), shortened(after), ""));
	}

}
