package nl.wijkstem.consultation.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wijkstem.consultation.ConsultationDetails;
import nl.wijkstem.consultation.QuestionItem;
import nl.wijkstem.consultation.QuestionKind;

/**
 * A questionnaire as text, to read rather than answer: each question with its help, its
 * image, its options or scale, whether it is required and when it is shown. The staff
 * preview shows this until the residents' questionnaire can be shown read-only.
 */
class QuestionnaireText extends Composite<Div> {

	QuestionnaireText(ConsultationDetails details) {
		Div content = getContent();
		content.addClassName("questionnaire-text");
		Map<Long, String> optionLabels = details.questions()
			.stream()
			.flatMap(question -> question.options().stream())
			.collect(Collectors.toMap(QuestionItem.OptionItem::id, QuestionItem.OptionItem::label));
		Map<Long, Integer> numbers = new java.util.HashMap<>();
		OrderedList list = new OrderedList();
		list.addClassName("questionnaire-text__list");
		int number = 0;
		for (QuestionItem question : details.questions()) {
			if (question.kind() == QuestionKind.SECTION) {
				H2 heading = new H2(question.text());
				heading.getElement().setAttribute("lang", question.language());
				content.add(list);
				content.add(heading);
				if (!question.help().isBlank()) {
					content.add(new Paragraph(question.help()));
				}
				list = new OrderedList();
				list.addClassName("questionnaire-text__list");
				list.getElement().setAttribute("start", String.valueOf(number + 1));
				continue;
			}
			number++;
			numbers.put(question.id(), number);
			list.add(item(question, optionLabels, numbers));
		}
		content.add(list);
		content.getChildren()
			.filter(OrderedList.class::isInstance)
			.filter(each -> each.getChildren().findAny().isEmpty())
			.toList()
			.forEach(content::remove);
	}

	private ListItem item(QuestionItem question, Map<Long, String> optionLabels, Map<Long, Integer> numbers) {
		ListItem item = new ListItem();
		item.addClassNames("card", "questionnaire-text__question");
		item.getElement().setAttribute("lang", question.language());
		H3 text = new H3(question.text());
		item.add(text);
		item.add(new Paragraph(getTranslation("consultation.admin.kind." + question.kind()) + " · "
				+ getTranslation(question.required() ? "consultation.admin.question.isRequired"
						: "consultation.admin.question.isOptional")));
		if (question.conditionOptionId() != null) {
			item.add(new Paragraph(getTranslation("consultation.admin.question.shownWhen",
					numbers.getOrDefault(question.conditionQuestionId(), 0),
					optionLabels.getOrDefault(question.conditionOptionId(), ""))));
		}
		if (question.help() != null && !question.help().isBlank()) {
			item.add(new Paragraph(question.help()));
		}
		if (question.imageId() != null) {
			Image image = new Image(QuestionImages.url(question.imageId()), question.imageAlt());
			image.addClassName("questionnaire-text__image");
			item.add(image);
		}
		if (!question.options().isEmpty()) {
			List<ListItem> options = question.options().stream().map(option -> {
				ListItem each = new ListItem(option.label());
				each.getElement().setAttribute("lang", option.language());
				return each;
			}).toList();
			UnorderedList list = new UnorderedList(options.toArray(ListItem[]::new));
			item.add(list);
		}
		if (question.kind() == QuestionKind.SCALE) {
			item.add(new Paragraph(getTranslation("consultation.admin.preview.scale", question.scaleMax(),
					question.lowLabel(), question.highLabel())));
		}
		if (question.kind() == QuestionKind.MULTIPLE_CHOICE && question.maxChoices() != null) {
			item.add(new Paragraph(getTranslation("consultation.admin.preview.maxChoices", question.maxChoices())));
		}
		if (question.kind() == QuestionKind.PLACE) {
			item.add(new Paragraph(getTranslation("consultation.admin.preview.place",
					question.maxChoices() == null ? 1 : question.maxChoices())));
		}
		return item;
	}

}
