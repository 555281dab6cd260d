package nl.wijkstem.voting.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import nl.wijkstem.base.ui.FigureTables;
import nl.wijkstem.base.ui.BarChart;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.ResultsService;
import nl.wijkstem.voting.RoundResults;

/**
 * A round's results: the winners under the round's rule (and, in budget rounds with Equal
 * Shares, under the greedy rule beside it), how they were computed in plain words, a bar
 * chart with a table holding the same figures, and a CSV download.
 */
@StyleSheet("context://wijkstem/styles/voting.css")
@Route("vote/:" + ResultsView.ROUND_PARAMETER + "([0-9]{1,18})/results")
@PermitAll
public class ResultsView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUND_PARAMETER = "roundId";

	private final ResultsService results;

	private String title = "";

	ResultsView(ResultsService results) {
		this.results = results;
		getContent().addClassName("results-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Long roundId = event.getRouteParameters().getLong(ROUND_PARAMETER).orElse(null);
		Div content = getContent();
		content.removeAll();
		RoundResults outcome;
		try {
			outcome = results.results(roundId, getLocale());
		}
		catch (Rejection rejected) {
			if ("voting.error.unknownRound".equals(rejected.messageKey())) {
				event.rerouteToError(NotFoundException.class);
				return;
			}
			title = getTranslation("results.title");
			content.add(new H1(title), new Paragraph(RejectionMessages.text(this, rejected)), back(roundId));
			return;
		}
		title = getTranslation("results.titleOf", outcome.title());
		content.add(new H1(title), back(roundId));
		Paragraph status = new Paragraph(outcome.publishedAt() == null ? getTranslation("results.live")
				: getTranslation("results.published", VotingTexts.moment(this, outcome.publishedAt())));
		content.add(status, new Paragraph(getTranslation("results.ballots", outcome.ballotsCast())));
		content.add(winners(outcome), explanation(outcome), chart(outcome), table(outcome), csv(outcome));
	}

	private RouterLink back(Long roundId) {
		return new RouterLink(getTranslation("results.back"), VoteView.class,
				new RouteParameters(VoteView.ROUND_PARAMETER, String.valueOf(roundId)));
	}

	private Section winners(RoundResults outcome) {
		Section section = new Section();
		section.addClassName("results-winners");
		if (outcome.kind() != BallotKind.BUDGET) {
			section.add(winnerList(outcome, "results.winners", RoundResults.ResultLine::chosenByVotes));
			return section;
		}
		if (outcome.equalShares()) {
			Div decided = winnerList(outcome, "results.winners.shares", RoundResults.ResultLine::chosenByShares);
			// which variant chose them, said before the list it names
			decided.addComponentAtIndex(1,
					new Paragraph(getTranslation("results.decidedBy." + outcome.sharesVariant())));
			section.add(decided, new Paragraph(getTranslation("results.spent",
					VotingTexts.euros(this, outcome.spentByShares()), VotingTexts.euros(this, outcome.budget()))));
		}
		section.add(
				winnerList(outcome, outcome.equalShares() ? "results.winners.greedyCompare" : "results.winners.greedy",
						RoundResults.ResultLine::chosenByVotes),
				new Paragraph(getTranslation("results.spent", VotingTexts.euros(this, outcome.spentByVotes()),
						VotingTexts.euros(this, outcome.budget()))));
		return section;
	}

	private Div winnerList(RoundResults outcome, String headingKey, Predicate<RoundResults.ResultLine> chosen) {
		OrderedList list = new OrderedList();
		list.addClassName("results-winners__list");
		List<RoundResults.ResultLine> won = outcome.lines().stream().filter(chosen).toList();
		for (RoundResults.ResultLine line : won) {
			ListItem item = new ListItem();
			item.addClassName("user-text");
			if (line.isGroup()) {
				item.add(new Span(VotingTexts.lineTitle(this, line)), GroupIdeas.links(line.ideas()));
			}
			else {
				item.add(new Anchor("ideas/" + line.ideaId(), line.title()));
			}
			list.add(item);
		}
		Div block = new Div(new H2(getTranslation(headingKey)));
		block.add(won.isEmpty() ? new Paragraph(getTranslation("results.noWinners")) : list);
		return block;
	}

	private Section explanation(RoundResults outcome) {
		Section section = new Section(new H2(getTranslation("results.how")));
		section.addClassName("results-how");
		if (outcome.kind() != BallotKind.BUDGET) {
			section.add(new Paragraph(getTranslation("results.how.top", outcome.winners())));
		}
		else {
			if (outcome.equalShares()) {
				section.add(
						new Paragraph(getTranslation("results.how.shares." + outcome.sharesVariant(),
								VotingTexts.euros(this, outcome.budget()), outcome.ballotsCast(),
								VotingTexts.euros(this, Math.round(outcome.sharePerVoter())))),
						new Paragraph(VotingTexts.sharesTie(this, outcome.sharesVariant(), outcome.tieBreak())),
						new Paragraph(getTranslation("results.how.sharesCompletion." + outcome.sharesVariant())));
			}
			section.add(new Paragraph(getTranslation("results.how.greedy")));
		}
		section.add(new Paragraph(getTranslation("vote.tieBreak." + outcome.tieBreak())));
		return section;
	}

	private BarChart chart(RoundResults outcome) {
		List<BarChart.Bar> bars = outcome.lines()
			.stream()
			.map(line -> new BarChart.Bar(
					line.chosen() ? getTranslation("results.chart.chosen", VotingTexts.lineTitle(this, line))
							: VotingTexts.lineTitle(this, line),
					line.votes(), line.chosen()))
			.toList();
		BarChart chart = BarChart.marking(getTranslation("results.chart.label"), getTranslation("results.column.votes"),
				bars);
		chart.addClassName("results-chart");
		return chart;
	}

	private Div table(RoundResults outcome) {
		boolean budget = outcome.kind() == BallotKind.BUDGET;
		Element head = new Element("tr");
		head.appendChild(th("results.column.rank"), th("results.column.idea"));
		if (budget) {
			head.appendChild(th("results.column.cost"));
		}
		head.appendChild(th("results.column.votes"), th(budget ? "results.column.greedy" : "results.column.chosen"));
		if (outcome.equalShares()) {
			head.appendChild(th("results.column.shares." + outcome.sharesVariant()));
		}
		Element body = new Element("tbody");
		String yes = getTranslation("results.yes");
		String no = getTranslation("results.no");
		for (RoundResults.ResultLine line : outcome.lines()) {
			Element row = new Element("tr");
			row.appendChild(td(String.valueOf(line.rank())),
					FigureTables.rowHeading(VotingTexts.lineTitle(this, line)));
			if (budget) {
				row.appendChild(td(line.cost() == null ? "" : VotingTexts.euros(this, line.cost())));
			}
			row.appendChild(td(String.valueOf(line.votes())), td(line.chosenByVotes() ? yes : no));
			if (outcome.equalShares()) {
				row.appendChild(td(line.chosenByShares() ? yes : no));
			}
			body.appendChild(row);
		}
		return FigureTables.scrolling("results-table", getTranslation("results.table.caption"), head, body);
	}

	private Element th(String key) {
		return FigureTables.columnHeading(getTranslation(key));
	}

	private static Element td(String text) {
		return FigureTables.cell(text);
	}

	private Paragraph csv(RoundResults outcome) {
		byte[] bytes = ResultsCsv.of(this, outcome);
		Anchor download = new Anchor(
				DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
						"stemronde-" + outcome.roundId() + ".csv", "text/csv;charset=UTF-8", bytes.length)),
				getTranslation("results.csv"));
		download.addClassName("results-csv");
		return new Paragraph(download);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", title);
	}

}
