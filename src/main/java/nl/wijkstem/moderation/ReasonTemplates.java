package nl.wijkstem.moderation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.audit.ModerationActionTaken;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reusable reasons for moderators' decisions: moderators manage them, and pick one for a
 * decision, then edit it for the person they write to.
 */
@Service
@Transactional(readOnly = true)
public class ReasonTemplates {

	public static final int TITLE_MAX = 100;

	public static final int TEXT_MIN = 10;

	public static final int TEXT_MAX = 2000;

	static final String SUBJECT_TYPE = "reasonTemplate";

	private final ReasonTemplateRepository templates;

	private final ApplicationEventPublisher events;

	ReasonTemplates(ReasonTemplateRepository templates, ApplicationEventPublisher events) {
		this.templates = templates;
		this.events = events;
	}

	/**
	 * The templates that fit a kind of decision, in the moderator's language, by title.
	 * @param kind a {@link DecisionKind} name; an unknown kind has no templates
	 */
	@RolesAllowed(Roles.MODERATOR)
	public List<ReasonTemplateChoice> forDecision(String kind, Locale locale) {
		return DecisionKind.parse(kind)
			.map(known -> sorted(templates.findByKind(known).stream().map(template -> template.choice(locale)).toList(),
					ReasonTemplateChoice::title, locale))
			.orElse(List.of());
	}

	/** All templates with both languages, by title in the moderator's language. */
	@RolesAllowed(Roles.MODERATOR)
	public List<ReasonTemplateDetails> all(Locale locale) {
		return sorted(templates.findAllWithKinds().stream().map(ReasonTemplate::details).toList(),
				details -> details.title(locale), locale);
	}

	@RolesAllowed(Roles.MODERATOR)
	public Optional<ReasonTemplateDetails> template(Long id) {
		return templates.findById(id).map(ReasonTemplate::details);
	}

	/**
	 * @return the new template's id
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public Long create(ReasonTemplateDraft draft) {
		ReasonTemplateDraft checked = checked(draft);
		ReasonTemplate template = templates.save(new ReasonTemplate(checked));
		templates.flush();
		recordAction(ModerationActions.TEMPLATE_CREATE, template.getId(), "", describe(checked));
		return template.getId();
	}

	/**
	 * Changes a template. Refused when someone else changed or deleted it since the
	 * moderator opened it.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void update(Long id, int expectedVersion, ReasonTemplateDraft draft) {
		ReasonTemplateDraft checked = checked(draft);
		ReasonTemplate template = atVersion(id, expectedVersion);
		String before = describe(template.details().draft());
		template.change(checked);
		flushOrConflict();
		recordAction(ModerationActions.TEMPLATE_UPDATE, id, before, describe(checked));
	}

	/** Deletes a template, unless someone changed it since the moderator saw it. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void delete(Long id, int expectedVersion) {
		ReasonTemplate template = atVersion(id, expectedVersion);
		String before = describe(template.details().draft());
		templates.delete(template);
		flushOrConflict();
		recordAction(ModerationActions.TEMPLATE_DELETE, id, before, "");
	}

	private ReasonTemplate atVersion(Long id, int expectedVersion) {
		ReasonTemplate template = templates.findById(id)
			.orElseThrow(() -> new Rejection("reasonTemplates.error.changedMeanwhile"));
		if (template.getVersion() != expectedVersion) {
			throw new Rejection("reasonTemplates.error.changedMeanwhile");
		}
		return template;
	}

	private void flushOrConflict() {
		try {
			templates.flush();
		}
		catch (OptimisticLockingFailureException concurrentChange) {
			throw new Rejection("reasonTemplates.error.changedMeanwhile");
		}
	}

	/**
	 * Changes to the templates are moderators' actions too: they go in the audit trail.
	 */
	private void recordAction(ModerationActions action, Long id, String before, String after) {
		events.publishEvent(new ModerationActionTaken(action, SUBJECT_TYPE, id, before, after, ""));
	}

	private static String describe(ReasonTemplateDraft draft) {
		return draft.titleNl() + " " + draft.kinds().stream().map(Enum::name).sorted().toList();
	}

	/** The draft cleaned up, or the problems with it. */
	static ReasonTemplateDraft checked(ReasonTemplateDraft draft) {
		ReasonTemplateDraft clean = new ReasonTemplateDraft(clean(draft.titleNl()), clean(draft.textNl()),
				clean(draft.titleEn()), clean(draft.textEn()), draft.kinds());
		List<Rejection.Problem> problems = new ArrayList<>();
		title(problems, "titleNl", clean.titleNl());
		text(problems, "textNl", clean.textNl());
		title(problems, "titleEn", clean.titleEn());
		text(problems, "textEn", clean.textEn());
		if (clean.kinds().isEmpty()) {
			problems.add(new Rejection.Problem("kinds", "reasonTemplates.error.kinds"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return clean;
	}

	private static void title(List<Rejection.Problem> problems, String field, String value) {
		if (value.isEmpty()) {
			problems.add(new Rejection.Problem(field, "reasonTemplates.error.titleRequired"));
		}
		else if (value.length() > TITLE_MAX) {
			problems.add(new Rejection.Problem(field, "reasonTemplates.error.tooLong", TITLE_MAX));
		}
	}

	private static void text(List<Rejection.Problem> problems, String field, String value) {
		if (value.length() < TEXT_MIN) {
			problems.add(new Rejection.Problem(field, "reasonTemplates.error.textTooShort", TEXT_MIN));
		}
		else if (value.length() > TEXT_MAX) {
			problems.add(new Rejection.Problem(field, "reasonTemplates.error.tooLong", TEXT_MAX));
		}
	}

	private static String clean(String value) {
		return value == null ? "" : value.replace("\r\n", "\n").strip();
	}

	private static <T> List<T> sorted(List<T> items, Function<T, String> title, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return items.stream().sorted(Comparator.comparing(title, collator)).toList();
	}

}
