package nl.wijkstem.moderation.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.Pager;
import nl.wijkstem.consultation.AnswerReviewPage;
import nl.wijkstem.consultation.AnswerReviewService;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.ModerationQueue;
import nl.wijkstem.idea.QueueCard;
import nl.wijkstem.idea.QueuePage;
import nl.wijkstem.moderation.bureau.ClaimService;
import nl.wijkstem.moderation.bureau.ClaimState;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

/**
 * The moderators' queue, twenty a page, in five lists: new submissions, reported ideas
 * and comments, public ideas not yet looked at, ideas not yet filed under a goal, and
 * open answers from consultations that residents may only see once a moderator read them.
 * Each list can be searched, filtered and ordered (oldest first unless the moderator
 * chooses otherwise). Each card says who of the bureau works on it. Ideas can be selected
 * for one action on all of them.
 */
@Route("moderation")
@Menu(order = 50, title = "nav.moderation")
@RolesAllowed(Roles.MODERATOR)
public class ModerationQueueView extends Composite<Div> implements HasDynamicTitle {

	private static final int PAGE_SIZE = 20;

	private final ModerationQueue queue;

	private final ClaimService claims;

	private final Clock clock;

	private final Paragraph count = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	private final Pager pager = new Pager(PAGE_SIZE, page -> refresh());

	private final RadioButtonGroup<QueueTab> show = new RadioButtonGroup<>();

	private final QueueFilters filters;

	private final Map<Long, Integer> selected = new LinkedHashMap<>();

	private final BulkActions bulk;

	private final AnswerReviewService answers;

	private final ProgrammeService programme;

	private final Paragraph answersIntro = new Paragraph();

	private long waitingAnswers;

	ModerationQueueView(ModerationQueue queue, IdeaDecisionService moderation, ClaimService claims,
			ProgrammeService programme, AnswerReviewService answers, Clock clock) {
		this.queue = queue;
		this.answers = answers;
		this.programme = programme;
		this.claims = claims;
		this.clock = clock;
		this.bulk = new BulkActions(moderation, programme, selected, this::afterBulk);
		this.filters = new QueueFilters(programme.overview(getLocale()), queue.languages(), this::restart);
		getContent().addClassName("moderation-queue");
		list.addClassName("card-list");
		count.getElement().setAttribute("aria-live", "polite");
		show.setLabel(getTranslation("moderation.show"));
		show.setItems(QueueTab.values());
		waitingAnswers = answers.pendingCount();
		show.setItemLabelGenerator(
				tab -> tab == QueueTab.ANSWERS ? getTranslation("moderation.tab." + tab.key(), waitingAnswers)
						: getTranslation("moderation.tab." + tab.key()));
		show.setValue(QueueTab.WAITING);
		show.addValueChangeListener(change -> restart());
		RouterLink collect = new RouterLink(getTranslation("moderation.collect.link"), CollectIdeaView.class);
		collect.addClassName("button-link");
		RouterLink board = new RouterLink(getTranslation("moderation.toBoard"), GoalBoardView.class);
		getContent().add(new H1(getTranslation("moderation.title")), new Paragraph(getTranslation("moderation.intro")),
				new Paragraph(board), new Paragraph(collect), show, answersIntro, filters, count, bulk, list, pager);
		answersIntro.setText(getTranslation("moderation.answers.intro"));
		refresh();
	}

	private void restart() {
		pager.reset();
		selected.clear();
		refresh();
	}

	private void afterBulk() {
		selected.clear();
		refresh();
	}

	private void refresh() {
		list.removeAll();
		QueueTab tab = show.getValue();
		boolean ideas = tab != QueueTab.ANSWERS;
		answersIntro.setVisible(!ideas);
		filters.setVisible(ideas);
		bulk.showFor(tab);
		if (!ideas) {
			showAnswers();
			return;
		}
		QueuePage page = queue.page(filters.query(tab.list()), pager.page(), PAGE_SIZE, getLocale());
		count.setText(getTranslation("moderation.count." + tab.key(), page.total()));
		Instant now = clock.instant();
		Map<Long, ClaimState> working = claims
			.active(page.cards().stream().map(QueueCard::ideaId).collect(Collectors.toSet()));
		page.cards().forEach(card -> {
			QueueItem item = new QueueItem(card, tab, now, selected.containsKey(card.ideaId()),
					tab == QueueTab.REPORTED ? null : choice -> select(card, choice));
			ClaimState claim = working.get(card.ideaId());
			if (claim != null) {
				String until = DisplayFormats.dateTime(claim.until(), getLocale());
				item.showClaim(claim.mine() ? getTranslation("moderation.queue.claim.mine", until)
						: getTranslation("moderation.queue.claim.other", claim.holderName(), until));
			}
			list.add(item);
		});
		pager.update(page.total());
	}

	private void showAnswers() {
		AnswerReviewPage page = answers.pending(pager.page(), PAGE_SIZE, getLocale());
		count.setText(getTranslation("moderation.count.answers", page.total()));
		if (page.total() != waitingAnswers) {
			waitingAnswers = page.total();
			// relabels the buttons only; refreshing the items would clear the choice
			show.setItemLabelGenerator(show.getItemLabelGenerator());
		}
		ProgrammeOverview goals = programme.overview(getLocale());
		page.answers().forEach(answer -> list.add(new AnswerCard(answer, answers, goals, this::refresh)));
		pager.update(page.total());
	}

	private void select(QueueCard card, boolean chosen) {
		if (chosen) {
			selected.put(card.ideaId(), card.version());
		}
		else {
			selected.remove(card.ideaId());
		}
		bulk.selectionChanged();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("moderation.title"));
	}

}
