package nl.wijkstem.voting.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.AddressedSubjects;
import nl.wijkstem.base.ui.FieldProblem;
import nl.wijkstem.base.ui.CalendarTexts;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.EditableRound;
import nl.wijkstem.voting.RoundForm;
import nl.wijkstem.voting.RoundService;
import nl.wijkstem.voting.SharesVariant;
import nl.wijkstem.voting.TieBreak;

/**
 * Administrators create or change a round: texts in Dutch and English, the four moments
 * in Dutch time, the kind of ballot with its numbers, and the counting options. Once
 * voting opened, only the texts can change, and the form says why.
 */
@StyleSheet("context://wijkstem/styles/voting.css")
@Route("admin/round/:" + RoundFormView.ROUND_PARAMETER + "?([0-9]{1,18})")
@RolesAllowed(Roles.ADMIN)
public class RoundFormView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUND_PARAMETER = "roundId";

	private final RoundService rounds;

	private final Clock clock;

	private final TextField titleNl = new TextField();

	private final TextField titleEn = new TextField();

	private final TextArea explanationNl = new TextArea();

	private final TextArea explanationEn = new TextArea();

	private final DateTimePicker ballotChosenAt = new DateTimePicker();

	private final DateTimePicker votingOpensAt = new DateTimePicker();

	private final DateTimePicker votingClosesAt = new DateTimePicker();

	private final DateTimePicker resultsAt = new DateTimePicker();

	private final RadioButtonGroup<BallotKind> kind = new RadioButtonGroup<>();

	private final IntegerField maxChoices = new IntegerField();

	private final IntegerField winners = new IntegerField();

	private final IntegerField budget = new IntegerField();

	private final IntegerField minSpend = new IntegerField();

	private final Checkbox liveResults = new Checkbox();

	private final RadioButtonGroup<Counting> counting = new RadioButtonGroup<>();

	private final RadioButtonGroup<TieBreak> tieBreak = new RadioButtonGroup<>();

	private final FieldProblem problem = new FieldProblem();

	private EditableRound editing;

	RoundFormView(RoundService rounds, Clock clock) {
		this.rounds = rounds;
		this.clock = clock;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AddressedSubjects.loadIfNamed(event, ROUND_PARAMETER, rounds::edit, found -> {
			editing = found;
			build();
		});
	}

	private void build() {
		Div content = getContent();
		content.removeAll();
		content.addClassName("round-form-view");
		content.add(new H1(getTranslation(editing == null ? "roundForm.newTitle" : "roundForm.editTitle")));
		label();
		if (editing != null && editing.frozen()) {
			Paragraph frozen = new Paragraph(getTranslation("roundForm.frozen"));
			frozen.addClassName("vote-notice");
			content.add(frozen);
		}
		content.add(new H2(getTranslation("roundForm.texts")), titleNl, titleEn, explanationNl, explanationEn,
				new H2(getTranslation("roundForm.moments")), new Paragraph(getTranslation("roundForm.momentsHelp")),
				ballotChosenAt, votingOpensAt, votingClosesAt, resultsAt, new H2(getTranslation("roundForm.ballot")),
				kind, maxChoices, winners, budget, minSpend, counting, liveResults, tieBreak);
		problem.setInvalid(false);
		Button save = new Button(getTranslation("roundForm.save"), click -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		content.add(problem, save);
		fill(editing == null ? defaults() : editing.form());
		kind.addValueChangeListener(change -> showKindFields());
		showKindFields();
		if (editing != null && editing.frozen()) {
			List.of(ballotChosenAt, votingOpensAt, votingClosesAt, resultsAt).forEach(field -> field.setReadOnly(true));
			List.of(maxChoices, winners, budget, minSpend).forEach(field -> field.setReadOnly(true));
			kind.setReadOnly(true);
			tieBreak.setReadOnly(true);
			liveResults.setReadOnly(true);
			counting.setReadOnly(true);
		}
	}

	private void label() {
		titleNl.setLabel(getTranslation("roundForm.titleNl"));
		titleEn.setLabel(getTranslation("roundForm.titleEn"));
		explanationNl.setLabel(getTranslation("roundForm.explanationNl"));
		explanationEn.setLabel(getTranslation("roundForm.explanationEn"));
		explanationNl.setHelperText(getTranslation("roundForm.explanationHelp"));
		ballotChosenAt.setLabel(getTranslation("roundForm.ballotChosenAt"));
		votingOpensAt.setLabel(getTranslation("roundForm.votingOpensAt"));
		votingClosesAt.setLabel(getTranslation("roundForm.votingClosesAt"));
		resultsAt.setLabel(getTranslation("roundForm.resultsAt"));
		List.of(ballotChosenAt, votingOpensAt, votingClosesAt, resultsAt).forEach(picker -> {
			CalendarTexts.inPageLanguage(picker);
			picker.setDatePlaceholder(getTranslation("roundForm.datePlaceholder"));
			picker.setTimePlaceholder(getTranslation("roundForm.timePlaceholder"));
		});
		kind.setLabel(getTranslation("roundForm.kind"));
		kind.setItems(BallotKind.values());
		kind.setItemLabelGenerator(
				value -> getTranslation("rounds.kind." + value) + " – " + getTranslation("roundForm.kind." + value));
		kind.addClassName("vertical-options");
		maxChoices.setLabel(getTranslation("roundForm.maxChoices"));
		winners.setLabel(getTranslation("roundForm.winners"));
		budget.setLabel(getTranslation("roundForm.budget"));
		minSpend.setLabel(getTranslation("roundForm.minSpend"));
		minSpend.setHelperText(getTranslation("roundForm.minSpendHelp"));
		List.of(maxChoices, winners, budget, minSpend).forEach(field -> field.setMin(0));
		counting.setLabel(getTranslation("roundForm.counting"));
		counting.setHelperText(getTranslation("roundForm.countingHelp"));
		counting.setItems(Counting.values());
		counting.setItemLabelGenerator(value -> getTranslation("roundForm.counting." + value));
		counting.addClassName("vertical-options");
		liveResults.setLabel(getTranslation("roundForm.liveResults"));
		tieBreak.setLabel(getTranslation("roundForm.tieBreak"));
		tieBreak.setItems(TieBreak.values());
		tieBreak.setItemLabelGenerator(value -> getTranslation("vote.tieBreak." + value));
		tieBreak.addClassName("vertical-options");
	}

	private RoundForm defaults() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), DisplayFormats.DUTCH_TIME);
		return new RoundForm("", "", "", "", DisplayFormats.dutchHour(today.plusDays(1), 9),
				DisplayFormats.dutchHour(today.plusDays(8), 9), DisplayFormats.dutchHour(today.plusDays(22), 17),
				DisplayFormats.dutchHour(today.plusDays(23), 12), BallotKind.BUDGET, 3, 3, 100_000L, 0, false,
				SharesVariant.COST_ADD1, TieBreak.EARLIER_SUBMITTED);
	}

	private void fill(RoundForm form) {
		titleNl.setValue(form.titleNl());
		titleEn.setValue(form.titleEn());
		explanationNl.setValue(form.explanationNl());
		explanationEn.setValue(form.explanationEn());
		ballotChosenAt.setValue(DisplayFormats.dutchLocal(form.ballotChosenAt()));
		votingOpensAt.setValue(DisplayFormats.dutchLocal(form.votingOpensAt()));
		votingClosesAt.setValue(DisplayFormats.dutchLocal(form.votingClosesAt()));
		resultsAt.setValue(DisplayFormats.dutchLocal(form.resultsAt()));
		kind.setValue(form.kind());
		maxChoices.setValue(form.maxChoices() == null ? 3 : form.maxChoices());
		winners.setValue(form.winners() == null ? 3 : form.winners());
		budget.setValue(form.budget() == null ? 100_000 : form.budget().intValue());
		minSpend.setValue(form.minSpendPercent());
		liveResults.setValue(form.liveResults());
		counting.setValue(Counting.of(form.sharesVariant()));
		tieBreak.setValue(form.tieBreak());
	}

	private void showKindFields() {
		BallotKind chosen = kind.getValue();
		maxChoices.setVisible(chosen == BallotKind.LIMITED);
		winners.setVisible(chosen != BallotKind.BUDGET);
		budget.setVisible(chosen == BallotKind.BUDGET);
		minSpend.setVisible(chosen == BallotKind.BUDGET);
		counting.setVisible(chosen == BallotKind.BUDGET);
	}

	private RoundForm read() {
		return new RoundForm(titleNl.getValue(), titleEn.getValue(), explanationNl.getValue(), explanationEn.getValue(),
				DisplayFormats.fromDutchLocal(ballotChosenAt.getValue()),
				DisplayFormats.fromDutchLocal(votingOpensAt.getValue()),
				DisplayFormats.fromDutchLocal(votingClosesAt.getValue()),
				DisplayFormats.fromDutchLocal(resultsAt.getValue()), kind.getValue(), maxChoices.getValue(),
				winners.getValue(), budget.getValue() == null ? null : budget.getValue().longValue(),
				minSpend.getValue() == null ? 0 : minSpend.getValue(), liveResults.getValue(),
				counting.getValue() == null ? null : counting.getValue().variant, tieBreak.getValue());
	}

	private void save() {
		Map<String, HasValidation> fields = Map.ofEntries(Map.entry("titleNl", titleNl), Map.entry("titleEn", titleEn),
				Map.entry("explanationNl", explanationNl), Map.entry("explanationEn", explanationEn),
				Map.entry("dates", votingOpensAt), Map.entry("budget", budget), Map.entry("minSpend", minSpend),
				Map.entry("winners", winners), Map.entry("maxChoices", maxChoices), Map.entry("kind", kind),
				Map.entry("tieBreak", tieBreak));
		fields.values().forEach(field -> field.setInvalid(false));
		problem.setInvalid(false);
		try {
			if (editing == null) {
				Long created = rounds.create(read());
				getUI().ifPresent(ui -> ui.navigate(BallotEditorView.class,
						new RouteParameters(BallotEditorView.ROUND_PARAMETER, created.toString())));
			}
			else {
				rounds.update(editing.id(), editing.version(), read());
				editing = rounds.edit(editing.id());
				Notification.show(getTranslation("roundForm.saved"), 4000, Notification.Position.MIDDLE);
			}
		}
		catch (Rejection rejected) {
			String general = RejectionMessages.showOnFields(this, rejected, fields::get);
			problem.showGeneral(general, getTranslation("roundForm.checkFields"));
		}
	}

	/**
	 * How a budget round chooses its winners: by votes alone or by a variant of Equal
	 * Shares.
	 */
	private enum Counting {

		BY_VOTES(null), COST_ADD1(SharesVariant.COST_ADD1), BY_SUPPORTERS(SharesVariant.BY_SUPPORTERS);

		private final SharesVariant variant;

		Counting(SharesVariant variant) {
			this.variant = variant;
		}

		static Counting of(SharesVariant variant) {
			return variant == null ? BY_VOTES : valueOf(variant.name());
		}

	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title",
				getTranslation(editing == null ? "roundForm.newTitle" : "roundForm.editTitle"));
	}

}
