package nl.wijkstem.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.audit.ModerationActionTaken;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.LocalizedText;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the programme bureau does with a consultation's results: a text in Dutch (and
 * English) with links to the ideas, groups and voting rounds that came of it. Published
 * once the results are out; those who answered hear of the first publication, and every
 * change goes into the audit trail.
 */
@Service
public class OutcomeService {

	static final int TEXT_MAX = 8000;

	static final int LINKS_MAX = 20;

	private final ConsultationReader reader;

	private final ConsultationRepository consultations;

	private final Map<OutcomeLinkKind, OutcomeLinkTargets> targets = new EnumMap<>(OutcomeLinkKind.class);

	private final RespondentAccounts respondents;

	private final JdbcClient sql;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutcomeService(ConsultationReader reader, ConsultationRepository consultations, List<OutcomeLinkTargets> targets,
			RespondentAccounts respondents, JdbcClient sql, ApplicationEventPublisher events, Clock clock) {
		this.reader = reader;
		this.consultations = consultations;
		targets.forEach(kind -> {
			if (this.targets.putIfAbsent(kind.kind(), kind) != null) {
				throw new IllegalStateException("Two modules find outcome links of kind " + kind.kind());
			}
		});
		this.respondents = respondents;
		this.sql = sql;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The outcome as published, for the consultation's public page; empty before it is
	 * published. Links to what residents cannot see (any more) are left out.
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<ConsultationOutcome> outcome(Long consultationId, Locale locale) {
		Consultation consultation = reader.published(consultationId);
		LocalizedText text = consultation.outcome();
		if (text == null) {
			return Optional.empty();
		}
		List<OutcomeTarget> links = named(links(consultationId), locale).stream()
			.filter(target -> target.path() != null)
			.toList();
		return Optional.of(new ConsultationOutcome(consultationId, text.in(locale), text.languageIn(locale),
				consultation.getOutcomePublishedAt(), links));
	}

	/** The outcome as staff edit it, also before it is published. */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public OutcomeEditing editing(Long consultationId, Locale locale) {
		Consultation consultation = reader.consultation(consultationId);
		LocalizedText text = consultation.outcome();
		return new OutcomeEditing(text == null ? "" : text.nl(), text == null ? "" : text.en(),
				named(links(consultationId), locale), consultation.getOutcomePublishedAt(),
				consultation.phase(clock.instant()) == ConsultationPhase.RESULTS);
	}

	/**
	 * What a link would point at, for the form to name it before saving; empty when it
	 * does not exist or residents cannot see it.
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public Optional<OutcomeTarget> target(OutcomeLink link, Locale locale) {
		if (link == null || link.kind() == null || link.targetId() == null || !targets.containsKey(link.kind())) {
			return Optional.empty();
		}
		return Optional
			.ofNullable(targets.get(link.kind()).find(List.of(link.targetId()), locale).get(link.targetId()));
	}

	/**
	 * Publishes the outcome, or changes it. The first publication tells everyone who
	 * answered; a change does not.
	 * @throws Rejection {@code consultation.error.outcomeTooEarly} before the results are
	 * out; field {@code outcomeNl} or {@code outcomeEn} for a missing or too long text;
	 * field {@code links} for too many links or one to nothing residents can see
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void publish(Long consultationId, OutcomeInput input) {
		Consultation consultation = reader.consultation(consultationId);
		Instant now = clock.instant();
		if (consultation.phase(now) != ConsultationPhase.RESULTS) {
			throw new Rejection("consultation.error.outcomeTooEarly");
		}
		List<OutcomeLink> links = new ArrayList<>(new LinkedHashSet<>(input.links()));
		check(input, links);
		LocalizedText before = consultation.outcome();
		boolean first = consultation.getOutcomePublishedAt() == null;
		consultation.publishOutcome(input.nl(), input.en(), now);
		consultations.flush();
		sql.sql("delete from consultation_link where consultation_id = ?").param(consultationId).update();
		for (OutcomeLink link : links) {
			sql.sql("insert into consultation_link (consultation_id, kind, target_id) values (?, ?, ?)")
				.params(consultationId, link.kind().name(), link.targetId())
				.update();
		}
		events.publishEvent(new ModerationActionTaken(
				first ? ReviewActions.OUTCOME_PUBLISH : ReviewActions.OUTCOME_CHANGE, ReviewActions.CONSULTATION,
				consultationId, before == null ? "" : before.nl(), consultation.outcome().nl(), ""));
		if (first) {
			events.publishEvent(new ConsultationOutcomePublished(consultationId,
					consultation.title().in(Languages.DUTCH), respondents.of(consultationId)));
		}
	}

	private void check(OutcomeInput input, List<OutcomeLink> links) {
		List<Rejection.Problem> problems = new ArrayList<>();
		String nl = input.nl() == null ? "" : input.nl().strip();
		if (nl.isEmpty()) {
			problems.add(new Rejection.Problem("outcomeNl", "consultation.error.outcomeEmpty"));
		}
		if (nl.length() > TEXT_MAX) {
			problems.add(new Rejection.Problem("outcomeNl", "consultation.error.reviewTooLong", TEXT_MAX));
		}
		if (input.en() != null && input.en().strip().length() > TEXT_MAX) {
			problems.add(new Rejection.Problem("outcomeEn", "consultation.error.reviewTooLong", TEXT_MAX));
		}
		if (links.size() > LINKS_MAX) {
			problems.add(new Rejection.Problem("links", "consultation.error.tooManyLinks", LINKS_MAX));
		}
		else if (named(links, Languages.DUTCH).stream().anyMatch(target -> target.path() == null)) {
			problems.add(new Rejection.Problem("links", "consultation.error.linkTarget"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

	private List<OutcomeLink> links(Long consultationId) {
		return sql.sql("select kind, target_id from consultation_link where consultation_id = ?")
			.param(consultationId)
			.query((row, number) -> new OutcomeLink(OutcomeLinkKind.valueOf(row.getString(1)), row.getLong(2)))
			.list()
			.stream()
			.sorted(Comparator.comparing(OutcomeLink::kind).thenComparing(OutcomeLink::targetId))
			.toList();
	}

	/**
	 * The links with their targets' names and pages, asking each kind's module once; a
	 * link to nothing (gone, or not public) keeps its number and has no page.
	 */
	private List<OutcomeTarget> named(List<OutcomeLink> links, Locale locale) {
		Map<OutcomeLinkKind, Map<Long, OutcomeTarget>> found = new EnumMap<>(OutcomeLinkKind.class);
		links.stream()
			.collect(Collectors.groupingBy(OutcomeLink::kind,
					Collectors.mapping(OutcomeLink::targetId, Collectors.toSet())))
			.forEach((kind, ids) -> found.put(kind,
					targets.containsKey(kind) ? targets.get(kind).find(ids, locale) : Map.of()));
		return links.stream()
			.map(link -> found.getOrDefault(link.kind(), Map.of())
				.getOrDefault(link.targetId(),
						new OutcomeTarget(link.kind(), link.targetId(), String.valueOf(link.targetId()), null)))
			.toList();
	}

}
