package nl.wijkstem.voting.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.voting.BallotEntry;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.MyBallot;
import nl.wijkstem.voting.RoundDetails;

/**
 * The ballot: one checkbox per idea or group of ideas with its photo, cost and links to
 * the idea pages; for budget rounds the money left, announced as it changes; the button
 * that records the choice and a confirmation of what was recorded and when. Without the
 * right to vote it shows the same list without checkboxes.
 */
class BallotForm extends Composite<Section> {

	private final RoundDetails round;

	private final Map<Long, Checkbox> boxes = new LinkedHashMap<>();

	private final Paragraph tally = new Paragraph();

	private final Paragraph problem = new Paragraph();

	private final Div confirmation = new Div();

	private final Paragraph restored = new Paragraph();

	private boolean castable;

	private final Function<Long, Optional<IdeaDetails>> details;

	/**
	 * @param cast records the chosen items, or {@code null} when the person cannot vote
	 * now
	 * @param details an idea's text, for reading it on the ballot itself
	 */
	BallotForm(RoundDetails round, MyBallot mine, Function<Set<Long>, MyBallot> cast,
			Function<Long, Optional<IdeaDetails>> details) {
		this.round = round;
		this.details = details;
		Section section = getContent();
		section.addClassName("ballot");
		UnorderedList list = new UnorderedList();
		list.addClassName("ballot__items");
		for (BallotEntry entry : round.ballot()) {
			list.add(item(entry, mine, cast != null));
		}
		section.add(list);
		if (cast == null) {
			return;
		}
		castable = true;
		restored.addClassName("ballot__restored");
		restored.getElement().setAttribute("role", "status");
		restored.setVisible(false);
		section.addComponentAsFirst(restored);
		tally.addClassName("ballot__tally");
		tally.getElement().setAttribute("aria-live", "polite");
		problem.addClassName("ballot__problem");
		problem.getElement().setAttribute("role", "alert");
		problem.setVisible(false);
		confirmation.addClassName("ballot__confirmation");
		confirmation.getElement().setAttribute("role", "status");
		Button submit = new Button(getTranslation(mine == null ? "vote.submit" : "vote.submitChange"),
				click -> submit(cast));
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.addClassName("ballot__submit");
		section.add(tally, problem, submit, confirmation);
		updateTally();
		if (mine != null) {
			confirm(mine, false);
		}
	}

	private ListItem item(BallotEntry entry, MyBallot mine, boolean selectable) {
		ListItem item = new ListItem();
		item.addClassName("ballot__item");
		item.addClassName("card");
		if (entry.photo() != null) {
			Image photo = new Image(entry.photo().url(), entry.photo().altText());
			photo.addClassName("ballot__photo");
			item.add(photo);
		}
		String name = entry.isGroup() ? getTranslation("vote.groupTitle", entry.title(), entry.ideas().size())
				: entry.title();
		String label = name;
		String cost = round.kind() == BallotKind.BUDGET && entry.cost() != null ? VotingTexts.euros(this, entry.cost())
				: null;
		if (cost != null) {
			label = getTranslation("vote.itemWithCost", name, cost);
		}
		if (selectable) {
			Checkbox box = new Checkbox(label);
			box.addClassName("ballot__choice");
			box.setValue(mine != null && mine.itemIds().contains(entry.itemId()));
			box.addValueChangeListener(change -> {
				updateTally();
				if (change.isFromClient()) {
					rememberInThisTab();
				}
			});
			boxes.put(entry.itemId(), box);
			item.add(box);
		}
		else {
			Paragraph title = new Paragraph(label);
			title.addClassNames("ballot__title", "user-text");
			item.add(title);
		}
		if (entry.isGroup()) {
			Paragraph summary = new Paragraph(entry.summary());
			summary.addClassNames("ballot-group__summary", "user-text");
			item.add(summary, new Paragraph(getTranslation("vote.groupContains")), GroupIdeas.links(entry.ideas()));
			return item;
		}
		Span hidden = new Span(" " + getTranslation("vote.aboutIdea", entry.title()));
		hidden.addClassName("sr-only");
		// read on the ballot itself: leaving it would put choices not yet saved at risk
		Button more = new Button();
		more.getElement().appendChild(new Span(getTranslation("vote.readMore")).getElement(), hidden.getElement());
		more.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		more.addClassName("ballot__more");
		more.getElement().setAttribute("aria-haspopup", "dialog");
		more.addClickListener(click -> new BallotItemDialog(entry, cost, details.apply(entry.ideaId()), more).open());
		item.add(more);
		return item;
	}

	/**
	 * Choices not yet sent are kept in this browser tab (not on a shared computer's
	 * disk): after a detour, a restart of the server or signing in again, the ballot
	 * shows them again instead of losing them.
	 */
	private void rememberInThisTab() {
		String ids = chosen().stream().map(String::valueOf).collect(Collectors.joining(","));
		getElement().executeJs("sessionStorage.setItem($0, $1)", storageKey(), ids);
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		super.onAttach(attach);
		if (castable) {
			getElement().executeJs("return sessionStorage.getItem($0)", storageKey()).then(String.class, this::restore);
		}
	}

	private void restore(String stored) {
		if (stored == null) {
			return;
		}
		Set<Long> kept = new LinkedHashSet<>();
		for (String id : stored.split(",")) {
			if (id.matches("[0-9]{1,18}") && boxes.containsKey(Long.valueOf(id))) {
				kept.add(Long.valueOf(id));
			}
		}
		if (kept.equals(chosen())) {
			return;
		}
		boxes.forEach((id, box) -> box.setValue(kept.contains(id)));
		restored.setText(getTranslation("vote.restored"));
		restored.setVisible(true);
	}

	private String storageKey() {
		return "wijkstem-ballot-" + round.id();
	}

	private Set<Long> chosen() {
		return boxes.entrySet()
			.stream()
			.filter(entry -> entry.getValue().getValue())
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private void updateTally() {
		Set<Long> chosen = chosen();
		tally.removeClassName("ballot__tally--over");
		if (round.kind() == BallotKind.BUDGET) {
			long spent = round.ballot()
				.stream()
				.filter(entry -> chosen.contains(entry.itemId()))
				.mapToLong(entry -> entry.cost() == null ? 0 : entry.cost())
				.sum();
			long left = round.budget() - spent;
			if (left < 0) {
				tally.addClassName("ballot__tally--over");
				tally.setText(getTranslation("vote.budgetOver", VotingTexts.euros(this, -left),
						VotingTexts.euros(this, round.budget())));
			}
			else {
				tally.setText(getTranslation("vote.budgetLeft", VotingTexts.euros(this, left),
						VotingTexts.euros(this, round.budget())));
			}
		}
		else if (round.kind() == BallotKind.LIMITED) {
			tally.setText(getTranslation("vote.chosenOfMax", chosen.size(), round.maxChoices()));
		}
		else {
			tally.setText(getTranslation("vote.chosenCount", chosen.size()));
		}
	}

	private void submit(Function<Set<Long>, MyBallot> cast) {
		try {
			MyBallot recorded = cast.apply(chosen());
			problem.setVisible(false);
			restored.setVisible(false);
			getElement().executeJs("sessionStorage.removeItem($0)", storageKey());
			confirm(recorded, true);
		}
		catch (Rejection rejected) {
			problem.setText(RejectionMessages.text(this, rejected));
			problem.setVisible(true);
		}
	}

	private void confirm(MyBallot recorded, boolean justNow) {
		confirmation.removeAll();
		String titles = round.ballot()
			.stream()
			.filter(entry -> recorded.itemIds().contains(entry.itemId()))
			.map(BallotEntry::title)
			.collect(Collectors.joining("; "));
		String when = VotingTexts.moment(this, recorded.submittedAt());
		Paragraph headline = new Paragraph(getTranslation(justNow ? "vote.recordedNow" : "vote.recordedBefore", when));
		headline.addClassName("ballot__confirmation-title");
		Paragraph what = new Paragraph(getTranslation("vote.recordedChoice", titles));
		what.addClassName("user-text");
		confirmation.add(headline, what);
		if (round.kind() == BallotKind.BUDGET) {
			confirmation.add(new Paragraph(getTranslation("vote.recordedCost",
					VotingTexts.euros(this, recorded.totalCost()), VotingTexts.euros(this, round.budget()))));
		}
		confirmation
			.add(new Paragraph(getTranslation("vote.changeUntil", VotingTexts.moment(this, round.votingClosesAt()))));
	}

}
