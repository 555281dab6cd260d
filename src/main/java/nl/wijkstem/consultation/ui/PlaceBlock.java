package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.AnswerLimits;
import nl.wijkstem.consultation.AnswerInput.PlaceAnswer;
import nl.wijkstem.consultation.QuestionItem;
import nl.wijkstem.programme.MapSettings;
import nl.wijkstem.programme.ui.AreaMap;

/**
 * One or more places in the area: a pin on the map (by clicking, or by moving the map
 * with the keyboard and putting the pin in its middle), or the place described in words,
 * for whoever does not use the map. Each place added is listed with a field for a remark
 * and a button to take it away.
 */
class PlaceBlock extends QuestionBlock {

	static final int WORDS_MAX = AnswerLimits.PLACE_WORDS_MAX;

	static final int REMARK_MAX = AnswerLimits.REMARK_MAX;

	private final BiPredicate<Double, Double> insideArea;

	private final int max;

	private final AreaMap map;

	private final TextField words = new TextField();

	private final Button addWords = new Button();

	private final OrderedList list = new OrderedList();

	private final Span status = new Span();

	private final Paragraph problem = new Paragraph();

	private final List<Place> places = new ArrayList<>();

	PlaceBlock(QuestionItem question, MapSettings mapSettings, BiPredicate<Double, Double> insideArea) {
		super(question);
		this.insideArea = insideArea;
		this.max = AnswerLimits.placesAllowed(question);
		FieldSet group = new FieldSet();
		group.setLegendText(label());
		group.addClassName("question__group");
		String helpId = "question-help-" + question.id();
		if (help() != null) {
			group.add(helpParagraph(helpId));
		}
		Paragraph how = new Paragraph(getTranslation("consultation.place.how", max));
		how.addClassName("question__help");
		problem.addClassName("form-error");
		problem.setId("question-problem-" + question.id());
		problem.setVisible(false);

		map = new AreaMap(mapSettings, true, getTranslation("consultation.place.map", question.text()));
		map.addPinListener(this::pinPlaced);
		Button atCentre = new Button(getTranslation("consultation.place.centre"), click -> map.placePinAtCentre());
		atCentre.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Div mapPart = new Div(map, atCentre);
		mapPart.addClassName("place__map");

		words.setLabel(getTranslation("consultation.place.words"));
		words.setHelperText(getTranslation("consultation.place.words.help"));
		words.setMaxLength(WORDS_MAX);
		words.setWidthFull();
		words.setId("question-words-" + question.id());
		addWords.setText(getTranslation("consultation.place.addWords"));
		addWords.addThemeVariants(ButtonVariant.LUMO_SMALL);
		addWords.addClickListener(click -> addWords());
		words.addKeyPressListener(Key.ENTER, enter -> addWords());
		Div wordsPart = new Div(words, addWords);
		wordsPart.addClassName("place__words");

		list.addClassName("place__list");
		status.addClassName("place__status");
		status.getElement().setAttribute("aria-live", "polite");
		group.add(how, problem, mapPart, wordsPart, status, list);
		getContent().add(group);
	}

	private void pinPlaced(double latitude, double longitude) {
		if (!insideArea.test(latitude, longitude)) {
			say(getTranslation("consultation.place.outside"));
			return;
		}
		if (full()) {
			return;
		}
		add(new PlaceAnswer(latitude, longitude, null, null));
		say(getTranslation("consultation.place.added.pin", places.size()));
		changed();
	}

	private void addWords() {
		String typed = words.getValue() == null ? "" : words.getValue().strip();
		if (typed.isEmpty()) {
			say(getTranslation("consultation.place.words.empty"));
			words.focus();
			return;
		}
		if (full()) {
			return;
		}
		add(new PlaceAnswer(null, null, typed, null));
		words.clear();
		say(getTranslation("consultation.place.added.words", places.size()));
		words.focus();
		changed();
	}

	private boolean full() {
		if (places.size() < max) {
			return false;
		}
		say(getTranslation("consultation.place.full", max));
		return true;
	}

	private void say(String text) {
		status.setText(text);
	}

	private void add(PlaceAnswer answer) {
		Place place = new Place(answer);
		places.add(place);
		render();
	}

	private void remove(Place place) {
		int index = places.indexOf(place);
		places.remove(place);
		render();
		say(getTranslation("consultation.place.removed", index + 1));
		// the keyboard goes on to the next place, or back to adding one
		if (places.isEmpty()) {
			words.focus();
		}
		else {
			places.get(Math.min(index, places.size() - 1)).remove.focus();
		}
		changed();
	}

	private void render() {
		list.removeAll();
		List<AreaMap.Marker> markers = new ArrayList<>();
		for (int index = 0; index < places.size(); index++) {
			Place place = places.get(index);
			place.number(index + 1);
			list.add(place.item);
			if (place.answer.hasPin()) {
				markers.add(new AreaMap.Marker(place.answer.latitude(), place.answer.longitude(),
						getTranslation("consultation.place.number", index + 1),
						"#" + place.item.getId().orElseThrow()));
			}
		}
		list.setVisible(!places.isEmpty());
		map.showMarkers(markers);
	}

	@Override
	AnswerInput answer() {
		if (places.isEmpty()) {
			return empty();
		}
		return new AnswerInput(question.id(), null, null, null, places.stream().map(Place::answer).toList());
	}

	@Override
	void fill(AnswerInput answer) {
		places.clear();
		answer.places().forEach(place -> places.add(new Place(place)));
		render();
	}

	@Override
	void clear() {
		places.clear();
		words.clear();
		status.setText("");
		render();
	}

	@Override
	void showProblem(String message) {
		problem.setText(message);
		problem.setVisible(true);
		words.getElement().setAttribute("aria-describedby", problem.getId().orElseThrow());
	}

	@Override
	void clearProblem() {
		problem.setVisible(false);
		words.getElement().removeAttribute("aria-describedby");
	}

	@Override
	boolean showsProblem() {
		return problem.isVisible();
	}

	@Override
	void focusField() {
		if (places.isEmpty()) {
			words.focus();
		}
		else {
			places.getFirst().remark.focus();
		}
	}

	/** A place added, in the list under the map. */
	private final class Place {

		private final PlaceAnswer answer;

		final ListItem item = new ListItem();

		final Span name = new Span();

		final TextField remark = new TextField();

		final Button remove = new Button();

		Place(PlaceAnswer answer) {
			this.answer = answer;
			item.addClassName("place__item");
			item.setId("place-" + question.id() + "-" + System.identityHashCode(this));
			name.addClassName("place__name");
			remark.setMaxLength(REMARK_MAX);
			remark.setWidthFull();
			remark.setValue(answer.remark() == null ? "" : answer.remark());
			remark.setValueChangeMode(ValueChangeMode.LAZY);
			remark.addValueChangeListener(change -> {
				if (change.isFromClient()) {
					changed();
				}
			});
			remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
			remove.addClickListener(click -> PlaceBlock.this.remove(this));
			item.add(name, remark, remove);
		}

		void number(int number) {
			name.setText(answer.hasPin() ? getTranslation("consultation.place.pin", number)
					: getTranslation("consultation.place.inWords", number, answer.words()));
			remark.setLabel(getTranslation("consultation.place.remark", number));
			remove.setText(getTranslation("consultation.place.remove", number));
		}

		PlaceAnswer answer() {
			String typed = remark.getValue();
			return new PlaceAnswer(answer.latitude(), answer.longitude(), answer.words(),
					typed == null || typed.isBlank() ? null : typed);
		}

	}

}
