package nl.wijkstem.voting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.FigureTables;
import nl.wijkstem.base.ui.AddressedSubjects;
import nl.wijkstem.account.VerifiedPerAddress;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.voting.IntegrityReport;
import nl.wijkstem.voting.ResultsService;

/**
 * The administrators' integrity report of a round: ballots and votes cast, votes per idea
 * (once voting closed) against the stored totals, the checks on every ballot, and the
 * verified accounts per address.
 */
@StyleSheet("context://wijkstem/styles/voting.css")
@Route("admin/rounds/:" + IntegrityView.ROUND_PARAMETER + "([0-9]{1,18})/integrity")
@RolesAllowed(Roles.ADMIN)
public class IntegrityView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUND_PARAMETER = "roundId";

	private final ResultsService results;

	private String title = "";

	IntegrityView(ResultsService results) {
		this.results = results;
		getContent().addClassName("integrity-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AddressedSubjects.load(event, ROUND_PARAMETER, roundId -> results.integrity(roundId, getLocale()))
			.ifPresent(this::show);
	}

	private void show(IntegrityReport report) {
		title = getTranslation("integrity.title", report.title());
		Div content = getContent();
		content.removeAll();
		Paragraph verdict = new Paragraph(
				getTranslation(report.allClear() ? "integrity.allClear" : "integrity.problems"));
		verdict.addClassName(report.allClear() ? "integrity-ok" : "integrity-problem");
		UnorderedList checks = new UnorderedList(
				new ListItem(getTranslation("integrity.phase", getTranslation("vote.step." + report.phase()))),
				new ListItem(getTranslation("integrity.ballots", report.ballotsCast())),
				new ListItem(getTranslation("integrity.votes", report.votesCast())),
				new ListItem(getTranslation("integrity.wrongTotal", report.ballotsWithWrongTotal())),
				new ListItem(getTranslation("integrity.overLimits", report.ballotsOverLimits())),
				new ListItem(getTranslation("integrity.outsideRound", report.votesOutsideRound())),
				new ListItem(report.people() == null ? getTranslation("integrity.peopleForgotten")
						: getTranslation(report.onePersonOneBallot() ? "integrity.people" : "integrity.peopleDiffer",
								report.people(), report.ballotsCast())),
				new ListItem(
						report.storedTotalsMatch() == null ? getTranslation("integrity.notPublished")
								: getTranslation(report.storedTotalsMatch() ? "integrity.totalsMatch"
										: "integrity.totalsDiffer")),
				new ListItem(getTranslation("integrity.linked", report.ballotsLinkedToAccounts())),
				new ListItem(report.anonymisedAt() != null
						? getTranslation("integrity.anonymised", VotingTexts.moment(this, report.anonymisedAt()))
						: report.anonymiseDueAt() != null
								? getTranslation("integrity.anonymiseDue",
										VotingTexts.moment(this, report.anonymiseDueAt()))
								: getTranslation("integrity.anonymiseLater")));
		content.add(new H1(title), verdict, checks, new H2(getTranslation("integrity.perIdea")));
		if (!report.countsShown()) {
			content.add(new Paragraph(getTranslation("integrity.countsHidden")));
		}
		else {
			content.add(table(report));
		}
		content.add(addresses(report.addresses()));
	}

	/** Verified accounts per address: counts for the whole area, not per round. */
	private Section addresses(VerifiedPerAddress perAddress) {
		Section section = new Section(new H2(getTranslation("integrity.addresses.title")),
				new Paragraph(getTranslation("integrity.addresses.intro", perAddress.accountsPerAddress())));
		section.addClassName("integrity-addresses");
		UnorderedList distribution = new UnorderedList();
		distribution.addClassName("integrity-addresses__distribution");
		perAddress.distribution()
			.forEach(share -> distribution
				.add(new ListItem(getTranslation("integrity.addresses.share", share.accounts(), share.addresses()))));
		if (perAddress.distribution().isEmpty()) {
			distribution.add(new ListItem(getTranslation("integrity.addresses.none")));
		}
		ListItem over = new ListItem(getTranslation("integrity.addresses.overLimit", perAddress.accountsPerAddress(),
				perAddress.overLimit()));
		if (!perAddress.withinLimit()) {
			over.addClassName("integrity-problem");
		}
		UnorderedList checks = new UnorderedList(
				new ListItem(getTranslation("integrity.addresses.atLimit", perAddress.accountsPerAddress(),
						perAddress.atOrOverLimit())),
				over, new ListItem(getTranslation("integrity.addresses.withoutAddress", perAddress.withoutAddress())));
		checks.addClassName("integrity-addresses__checks");
		section.add(distribution, checks);
		if (!perAddress.overLimitAddresses().isEmpty()) {
			UnorderedList crowded = new UnorderedList();
			crowded.addClassName("integrity-addresses__crowded");
			perAddress.overLimitAddresses()
				.forEach(address -> crowded.add(new ListItem(
						getTranslation("integrity.addresses.crowded", address.address(), address.accounts()))));
			section.add(new Paragraph(getTranslation("integrity.addresses.crowdedIntro")), crowded);
		}
		return section;
	}

	private Div table(IntegrityReport report) {
		Element head = FigureTables.headingRow(getTranslation("results.column.idea"),
				getTranslation("integrity.column.stored"), getTranslation("integrity.column.recount"));
		Element body = new Element("tbody");
		for (IntegrityReport.ItemCount count : report.items()) {
			Element row = new Element("tr");
			row.appendChild(FigureTables.rowHeading(count.title()),
					FigureTables.cell(count.storedVotes() == null ? "–" : count.storedVotes().toString()),
					FigureTables.cell(String.valueOf(count.recount())));
			body.appendChild(row);
		}
		return FigureTables.scrolling("results-table", getTranslation("integrity.perIdea"), head, body);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", title);
	}

}
