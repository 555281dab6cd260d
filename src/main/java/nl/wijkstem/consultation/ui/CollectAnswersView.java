package nl.wijkstem.consultation.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.AnswerService;
import nl.wijkstem.consultation.ConsultationAdminService;
import nl.wijkstem.consultation.ConsultationDetails;
import nl.wijkstem.consultation.QuestionItem;
import nl.wijkstem.consultation.QuestionKind;

/**
 * A moderator types in one paper form (or one answer from a neighbourhood evening) after
 * another; each is stored as collected and linked to nobody. Every question is shown,
 * also those that depend on another: leave empty what the paper left empty. After saving,
 * the form is empty for the next one; on a refusal everything typed stays.
 */
@StyleSheet("context://wijkstem/styles/consultation-admin.css")
@Route("beheer/raadplegingen/:" + ConsultationEditorView.ID + "([0-9]{1,18})/papier")
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class CollectAnswersView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	private final ConsultationAdminService consultations;

	private final AnswerService answers;

	private final Map<Long, Supplier<AnswerInput>> readers = new HashMap<>();

	private final Map<Long, HasValidation> fields = new HashMap<>();

	private final List<HasValue<?, ?>> values = new ArrayList<>();

	private final Paragraph problem = new Paragraph();

	private ConsultationDetails details;

	CollectAnswersView(ConsultationAdminService consultations, AnswerService answers) {
		this.consultations = consultations;
		this.answers = answers;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Long id = event.getRouteParameters().getLong(ConsultationEditorView.ID).orElse(null);
		try {
			details = consultations.preview(id, getLocale());
		}
		catch (Rejection unknown) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		Div content = getContent();
		content.removeAll();
		content.addClassName("collect-answers");
		RouterLink back = new RouterLink(getTranslation("consultation.admin.backToEditor"),
				ConsultationEditorView.class, ConsultationEditorView.parameters(id));
		back.addClassName("admin-back");
		content.add(back, new H1(getTranslation("consultation.admin.collect.title", details.title())),
				new Paragraph(getTranslation("consultation.admin.collect.intro")));
		int number = 0;
		for (QuestionItem question : details.questions()) {
			if (question.kind() == QuestionKind.SECTION) {
				content.add(new H2(question.text()));
				continue;
			}
			number++;
			content.add(field(question, number));
		}
		problem.addClassName("form-problem");
		problem.getElement().setAttribute("role", "alert");
		problem.setVisible(false);
		Button save = new Button(getTranslation("consultation.admin.collect.save"), click -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		content.add(problem, save);
	}

	private Component field(QuestionItem question, int number) {
		String label = number + ". " + question.text();
		Long id = question.id();
		switch (question.kind()) {
			case SINGLE_CHOICE, PROPOSAL -> {
				RadioButtonGroup<QuestionItem.OptionItem> group = new RadioButtonGroup<>(label);
				group.setItems(question.options());
				group.setItemLabelGenerator(QuestionItem.OptionItem::label);
				group.addClassName("vertical-options");
				register(id, group, group, () -> input(id,
						group.getValue() == null ? List.of() : List.of(group.getValue().id()), null, null, null));
				return group;
			}
			case MULTIPLE_CHOICE -> {
				CheckboxGroup<QuestionItem.OptionItem> group = new CheckboxGroup<>(label);
				group.setItems(question.options());
				group.setItemLabelGenerator(QuestionItem.OptionItem::label);
				group.addClassName("vertical-options");
				register(id, group, group,
						() -> input(id,
								question.options()
									.stream()
									.filter(group.getValue()::contains)
									.map(QuestionItem.OptionItem::id)
									.toList(),
								null, null, null));
				return group;
			}
			case SCALE -> {
				RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
				group.setItems(java.util.stream.IntStream.rangeClosed(1, question.scaleMax()).boxed().toList());
				group.setHelperText(getTranslation("consultation.admin.preview.scale", question.scaleMax(),
						question.lowLabel(), question.highLabel()));
				register(id, group, group, () -> input(id, null, group.getValue(), null, null));
				return group;
			}
			case RANKING -> {
				return ranking(question, label);
			}
			case SHORT_TEXT -> {
				TextField text = new TextField(label);
				register(id, text, text, () -> input(id, null, null, text.getValue(), null));
				return text;
			}
			case LONG_TEXT -> {
				TextArea text = new TextArea(label);
				register(id, text, text, () -> input(id, null, null, text.getValue(), null));
				return text;
			}
			case PLACE -> {
				TextField words = new TextField(label);
				words.setHelperText(getTranslation("consultation.admin.collect.placeHelp"));
				TextArea remark = new TextArea(getTranslation("consultation.admin.collect.remark", number));
				values.add(remark);
				register(id, words, words, () -> input(id, null, null, null, words.getValue().isBlank() ? List.of()
						: List.of(new AnswerInput.PlaceAnswer(null, null, words.getValue(), remark.getValue()))));
				return new Div(words, remark);
			}
			default -> throw new IllegalStateException(question.kind().name());
		}
	}

	/** A ranking on paper: the place the person gave each option. */
	private Component ranking(QuestionItem question, String label) {
		Div box = new Div();
		box.addClassName("collect-answers__ranking");
		box.add(new Paragraph(label));
		Map<QuestionItem.OptionItem, IntegerField> places = new HashMap<>();
		for (QuestionItem.OptionItem option : question.options()) {
			IntegerField place = new IntegerField(getTranslation("consultation.admin.collect.rank", option.label()));
			place.setMin(1);
			place.setMax(question.options().size());
			places.put(option, place);
			values.add(place);
			box.add(place);
		}
		FieldProblem rankingProblem = new FieldProblem();
		box.add(rankingProblem);
		fields.put(question.id(), rankingProblem);
		readers.put(question.id(),
				() -> input(question.id(),
						question.options()
							.stream()
							.filter(option -> places.get(option).getValue() != null)
							.sorted(Comparator.comparing(option -> places.get(option).getValue()))
							.map(QuestionItem.OptionItem::id)
							.toList(),
						null, null, null));
		return box;
	}

	private void register(Long questionId, HasValue<?, ?> value, HasValidation validation,
			Supplier<AnswerInput> reader) {
		values.add(value);
		fields.put(questionId, validation);
		readers.put(questionId, reader);
	}

	private static AnswerInput input(Long questionId, List<Long> optionIds, Integer number, String text,
			List<AnswerInput.PlaceAnswer> places) {
		return new AnswerInput(questionId, optionIds, number, text == null || text.isBlank() ? null : text, places);
	}

	private void save() {
		fields.values().forEach(field -> field.setInvalid(false));
		problem.setVisible(false);
		List<AnswerInput> typed = details.questions()
			.stream()
			.filter(question -> readers.containsKey(question.id()))
			.map(question -> readers.get(question.id()).get())
			.filter(answer -> !answer.isEmpty())
			.toList();
		try {
			answers.collect(details.id(), typed);
			values.forEach(HasValue::clear);
			Notification.show(getTranslation("consultation.admin.collect.saved"), 5000, Notification.Position.MIDDLE);
		}
		catch (Rejection rejected) {
			String general = RejectionMessages.showOnFields(this, rejected, field -> field.startsWith("question-")
					? fields.get(Long.valueOf(field.substring("question-".length()))) : null);
			problem.setText(general.isEmpty() ? getTranslation("consultation.admin.checkFields") : general);
			problem.setVisible(true);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title",
				getTranslation("consultation.admin.collect.title", details == null ? "" : details.title()));
	}

}
