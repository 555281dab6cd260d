package nl.wijkstem.consultation.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.consultation.OutcomeEditing;
import nl.wijkstem.consultation.OutcomeInput;
import nl.wijkstem.consultation.OutcomeLink;
import nl.wijkstem.consultation.OutcomeLinkKind;
import nl.wijkstem.consultation.OutcomeService;
import nl.wijkstem.consultation.OutcomeTarget;

/**
 * For staff, in a consultation's editor: what the programme bureau does with the results
 * (Dutch required, English optional) and links to what came of it, added by number or by
 * pasting the page's address. Publishing is possible once the results are out; the first
 * publication tells everyone who answered.
 */
public class OutcomeForm extends Composite<Section> {

	private static final Pattern LAST_NUMBER = Pattern.compile("(\\d{1,18})(?!.*\\d)");

	private final OutcomeService outcomes;

	private final Long consultationId;

	private final TextArea dutch = new TextArea();

	private final TextArea english = new TextArea();

	private final Select<OutcomeLinkKind> kind = new Select<>();

	private final TextField target = new TextField();

	private final UnorderedList linkList = new UnorderedList();

	private final Paragraph noLinks = new Paragraph();

	private final Paragraph status = new Paragraph();

	private final Button save = new Button();

	private final List<OutcomeTarget> links = new ArrayList<>();

	public OutcomeForm(OutcomeService outcomes, Long consultationId) {
		this.outcomes = outcomes;
		this.consultationId = consultationId;
		Section section = getContent();
		section.addClassNames("outcome-form", "moderation-form");
		dutch.setLabel(getTranslation("consultation.outcome.form.nl"));
		dutch.setRequiredIndicatorVisible(true);
		dutch.setMaxLength(8000);
		dutch.setWidthFull();
		english.setLabel(getTranslation("consultation.outcome.form.en"));
		english.setMaxLength(8000);
		english.setWidthFull();
		kind.setLabel(getTranslation("consultation.outcome.form.kind"));
		kind.setItems(Arrays.asList(OutcomeLinkKind.values()));
		kind.setItemLabelGenerator(value -> getTranslation("consultation.outcome.kind." + value));
		kind.setValue(OutcomeLinkKind.IDEA);
		target.setLabel(getTranslation("consultation.outcome.form.target"));
		target.setHelperText(getTranslation("consultation.outcome.form.target.help"));
		target.setMaxLength(500);
		Button add = new Button(getTranslation("consultation.outcome.form.add"), click -> addLink());
		Div adding = new Div(kind, target, add);
		adding.addClassName("filter-fields");
		linkList.addClassName("outcome-form__links");
		noLinks.setText(getTranslation("consultation.outcome.form.noLinks"));
		status.getElement().setAttribute("aria-live", "polite");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(click -> publish());
		section.add(new H2(getTranslation("consultation.outcome.form.title")),
				new Paragraph(getTranslation("consultation.outcome.form.intro")), status, dutch, english,
				new H3(getTranslation("consultation.outcome.form.links")), noLinks, linkList, adding, save);
		load();
	}

	private void load() {
		OutcomeEditing editing = outcomes.editing(consultationId, getLocale());
		dutch.setValue(editing.nl());
		english.setValue(editing.en());
		links.clear();
		links.addAll(editing.links());
		showLinks();
		if (editing.publishedAt() != null) {
			status.setText(getTranslation("consultation.outcome.form.published",
					DisplayFormats.dateTime(editing.publishedAt(), getLocale())));
		}
		else {
			status.setText(getTranslation(
					editing.mayPublish() ? "consultation.outcome.form.notYet" : "consultation.outcome.form.tooEarly"));
		}
		save.setText(getTranslation(editing.publishedAt() == null ? "consultation.outcome.form.publish"
				: "consultation.outcome.form.save"));
		save.setEnabled(editing.mayPublish());
	}

	private void addLink() {
		target.setInvalid(false);
		Optional<OutcomeTarget> found = number(target.getValue())
			.flatMap(id -> outcomes.target(new OutcomeLink(kind.getValue(), id), getLocale()));
		if (found.isEmpty()) {
			target.setErrorMessage(getTranslation("consultation.outcome.form.unknownTarget"));
			target.setInvalid(true);
			return;
		}
		if (links.stream().noneMatch(link -> link.kind() == found.get().kind() && link.id().equals(found.get().id()))) {
			links.add(found.get());
		}
		target.clear();
		showLinks();
	}

	private void showLinks() {
		linkList.removeAll();
		links.forEach(link -> {
			String name = getTranslation("consultation.outcome.kind." + link.kind()) + ": " + link.title();
			Span label = new Span(name);
			label.addClassName("user-text");
			// the link's name stands beside it: a short word, which fits a phone, and the
			// full name for a screen reader's list of buttons
			Button remove = new Button(getTranslation("consultation.outcome.form.removeShort"), click -> {
				links.remove(link);
				showLinks();
			});
			remove.setAriaLabel(getTranslation("consultation.outcome.form.remove", name));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			linkList.add(new ListItem(label, remove));
		});
		noLinks.setVisible(links.isEmpty());
	}

	private void publish() {
		dutch.setInvalid(false);
		english.setInvalid(false);
		target.setInvalid(false);
		try {
			outcomes.publish(consultationId, new OutcomeInput(dutch.getValue(), english.getValue(),
					links.stream().map(link -> new OutcomeLink(link.kind(), link.id())).toList()));
			Notification.show(getTranslation("consultation.outcome.form.saved"));
			load();
		}
		catch (Rejection rejected) {
			Map<String, HasValidation> fields = Map.of("outcomeNl", dutch, "outcomeEn", english, "links", target);
			String general = RejectionMessages.showOnFields(this, rejected, fields::get);
			if (!general.isEmpty()) {
				Notification.show(general, 6000, Notification.Position.MIDDLE);
			}
		}
	}

	/** The number typed, or the last number in a pasted address. */
	private static Optional<Long> number(String typed) {
		Matcher match = LAST_NUMBER.matcher(typed == null ? "" : typed.strip());
		return match.find() ? Optional.of(Long.valueOf(match.group(1))) : Optional.empty();
	}

}
