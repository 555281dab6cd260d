package nl.wijkstem.consultation.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.CalendarTexts;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.consultation.Audience;
import nl.wijkstem.consultation.ConsultationForm;
import nl.wijkstem.programme.ProgrammeOverview;

/**
 * A consultation's settings: texts in Dutch and English, the goal and themes it serves,
 * its period in Dutch time, who may answer and whether answers are anonymous. Once
 * answers are in, the audience and anonymity are read-only.
 */
class ConsultationSettingsForm extends Composite<Div> {

	private final TextField titleNl = new TextField();

	private final TextField titleEn = new TextField();

	private final TextArea introNl = new TextArea();

	private final TextArea introEn = new TextArea();

	private final TextArea closingNl = new TextArea();

	private final TextArea closingEn = new TextArea();

	private final Select<ProgrammeOverview.Category> goal = new Select<>();

	private final CheckboxGroup<ProgrammeOverview.Category> themes = new CheckboxGroup<>();

	private final DateTimePicker opensAt = new DateTimePicker();

	private final DateTimePicker closesAt = new DateTimePicker();

	private final DateTimePicker resultsAt = new DateTimePicker();

	private final RadioButtonGroup<Audience> audience = new RadioButtonGroup<>();

	private final RadioButtonGroup<Boolean> anonymous = new RadioButtonGroup<>();

	private final ProgrammeOverview programme;

	ConsultationSettingsForm(ProgrammeOverview programme) {
		this.programme = programme;
		getContent().addClassName("consultation-settings");
		label();
		getContent().add(new H2(getTranslation("consultation.admin.settings.texts")), titleNl, titleEn, introNl,
				introEn, closingNl, closingEn, new H2(getTranslation("consultation.admin.settings.programme")), goal,
				themes, new H2(getTranslation("consultation.admin.settings.period")),
				new Paragraph(getTranslation("consultation.admin.settings.periodHelp")), opensAt, closesAt, resultsAt,
				new H2(getTranslation("consultation.admin.settings.who")), audience, anonymous);
	}

	private void label() {
		titleNl.setLabel(getTranslation("consultation.admin.settings.titleNl"));
		titleEn.setLabel(getTranslation("consultation.admin.settings.titleEn"));
		introNl.setLabel(getTranslation("consultation.admin.settings.introNl"));
		introEn.setLabel(getTranslation("consultation.admin.settings.introEn"));
		closingNl.setLabel(getTranslation("consultation.admin.settings.closingNl"));
		closingEn.setLabel(getTranslation("consultation.admin.settings.closingEn"));
		titleNl.setRequiredIndicatorVisible(true);
		introNl.setRequiredIndicatorVisible(true);
		titleEn.setHelperText(getTranslation("consultation.admin.settings.englishHelp"));
		closingNl.setHelperText(getTranslation("consultation.admin.settings.closingHelp"));
		goal.setLabel(getTranslation("consultation.admin.settings.goal"));
		goal.setItems(programme.goals());
		goal.setItemLabelGenerator(
				category -> category == null ? getTranslation("consultation.admin.settings.noGoal") : category.name());
		goal.setEmptySelectionAllowed(true);
		goal.setEmptySelectionCaption(getTranslation("consultation.admin.settings.noGoal"));
		themes.setLabel(getTranslation("consultation.admin.settings.themes"));
		themes.setItems(programme.themes());
		themes.setItemLabelGenerator(ProgrammeOverview.Category::name);
		themes.addClassName("vertical-options");
		opensAt.setLabel(getTranslation("consultation.admin.settings.opensAt"));
		closesAt.setLabel(getTranslation("consultation.admin.settings.closesAt"));
		resultsAt.setLabel(getTranslation("consultation.admin.settings.resultsAt"));
		// no required indicator: on the picker's host it is an ARIA attribute without a
		// role
		List.of(opensAt, closesAt, resultsAt).forEach(CalendarTexts::inPageLanguage);
		audience.setLabel(getTranslation("consultation.admin.settings.audience"));
		audience.setItems(Audience.values());
		audience.setItemLabelGenerator(value -> getTranslation("consultation.admin.audience." + value));
		audience.addClassName("vertical-options");
		anonymous.setLabel(getTranslation("consultation.admin.settings.anonymity"));
		anonymous.setItems(Boolean.TRUE, Boolean.FALSE);
		anonymous.setItemLabelGenerator(value -> getTranslation(
				value ? "consultation.admin.anonymity.anonymous" : "consultation.admin.anonymity.named"));
		anonymous.addClassName("vertical-options");
	}

	/** Settings for a new consultation: open from tomorrow for two weeks. */
	static ConsultationForm defaults(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, DisplayFormats.DUTCH_TIME);
		return new ConsultationForm("", "", "", "", "", "", null, Set.of(),
				DisplayFormats.dutchHour(today.plusDays(1), 9), DisplayFormats.dutchHour(today.plusDays(15), 17),
				DisplayFormats.dutchHour(today.plusDays(22), 12), Audience.SIGNED_IN, true);
	}

	void fill(ConsultationForm form, boolean answered) {
		titleNl.setValue(form.titleNl());
		titleEn.setValue(form.titleEn());
		introNl.setValue(form.introNl());
		introEn.setValue(form.introEn());
		closingNl.setValue(form.closingNl());
		closingEn.setValue(form.closingEn());
		goal.setValue(programme.goals()
			.stream()
			.filter(category -> category.id().equals(form.goalId()))
			.findFirst()
			.orElse(null));
		themes.setValue(programme.themes()
			.stream()
			.filter(category -> form.themeIds().contains(category.id()))
			.collect(Collectors.toSet()));
		opensAt.setValue(DisplayFormats.dutchLocal(form.opensAt()));
		closesAt.setValue(DisplayFormats.dutchLocal(form.closesAt()));
		resultsAt.setValue(DisplayFormats.dutchLocal(form.resultsAt()));
		audience.setValue(form.audience());
		anonymous.setValue(form.anonymous());
		audience.setReadOnly(answered);
		anonymous.setReadOnly(answered);
		if (answered) {
			audience.setHelperText(getTranslation("consultation.admin.settings.answeredRules"));
		}
	}

	ConsultationForm read() {
		return new ConsultationForm(titleNl.getValue(), titleEn.getValue(), introNl.getValue(), introEn.getValue(),
				closingNl.getValue(), closingEn.getValue(), goal.getValue() == null ? null : goal.getValue().id(),
				themes.getValue().stream().map(ProgrammeOverview.Category::id).collect(Collectors.toSet()),
				DisplayFormats.fromDutchLocal(opensAt.getValue()), DisplayFormats.fromDutchLocal(closesAt.getValue()),
				DisplayFormats.fromDutchLocal(resultsAt.getValue()), audience.getValue(),
				Boolean.TRUE.equals(anonymous.getValue()));
	}

	/**
	 * Puts each problem on its field.
	 * @return the problems of no field, in one text
	 */
	String show(Rejection rejected) {
		Map<String, HasValidation> fields = fields();
		fields.values().forEach(field -> field.setInvalid(false));
		return RejectionMessages.showOnFields(this, rejected, fields::get);
	}

	void clearProblems() {
		fields().values().forEach(field -> field.setInvalid(false));
	}

	private Map<String, HasValidation> fields() {
		return Map.ofEntries(Map.entry("titleNl", titleNl), Map.entry("titleEn", titleEn),
				Map.entry("introNl", introNl), Map.entry("introEn", introEn), Map.entry("closingNl", closingNl),
				Map.entry("closingEn", closingEn), Map.entry("goal", goal), Map.entry("themes", themes),
				Map.entry("dates", opensAt), Map.entry("audience", audience));
	}

}
