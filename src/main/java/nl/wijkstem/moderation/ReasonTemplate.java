package nl.wijkstem.moderation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.base.LocalizedText;

/**
 * A reusable reason for a decision, in Dutch and English, for the kinds of decision it
 * fits.
 */
@Entity
@Table(name = "reason_template")
class ReasonTemplate extends AbstractEntity {

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "nl", column = @Column(name = "title_nl", nullable = false)),
			@AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false)) })
	private LocalizedText title;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "nl", column = @Column(name = "text_nl", nullable = false)),
			@AttributeOverride(name = "en", column = @Column(name = "text_en", nullable = false)) })
	private LocalizedText text;

	@ElementCollection
	@CollectionTable(name = "reason_template_kind", joinColumns = @JoinColumn(name = "template_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false)
	private Set<DecisionKind> kinds = new HashSet<>();

	protected ReasonTemplate() {
	}

	ReasonTemplate(ReasonTemplateDraft draft) {
		change(draft);
	}

	/** Takes a checked draft. */
	void change(ReasonTemplateDraft draft) {
		title = new LocalizedText(draft.titleNl(), draft.titleEn());
		text = new LocalizedText(draft.textNl(), draft.textEn());
		kinds.retainAll(draft.kinds());
		kinds.addAll(draft.kinds());
	}

	String titleNl() {
		return title.nl();
	}

	ReasonTemplateChoice choice(Locale locale) {
		return new ReasonTemplateChoice(getId(), title.in(locale), text.in(locale));
	}

	ReasonTemplateDetails details() {
		return new ReasonTemplateDetails(getId(), getVersion(), title.nl(), text.nl(), title.en(), text.en(),
				Set.copyOf(kinds));
	}

}
