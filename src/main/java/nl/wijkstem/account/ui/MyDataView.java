package nl.wijkstem.account.ui;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.AccountSummary;
import nl.wijkstem.account.PersonalDataCount;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidencyStatus;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.Translator;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.Confirmation;
import nl.wijkstem.base.ui.MyDataSection;
import nl.wijkstem.base.security.SignInIdentity;

/**
 * A person's own data: what Wijkstem keeps, a download of it, and deleting the account.
 */
@Route("my/data")
@Menu(order = 90, title = "nav.myData")
@RolesAllowed(Roles.RESIDENT)
public class MyDataView extends Composite<Div> implements HasDynamicTitle {

	/** What happens to each kind of content, in the order the delete section lists it. */
	static final List<String> DELETION_CONSEQUENCES = List.of("account", "unpublished", "published", "comments",
			"supports", "votes", "rest");

	private final AccountService accounts;

	private final CurrentUser currentUser;

	MyDataView(AccountService accounts, ResidencyService residency, Branding branding, CurrentUser currentUser,
			List<MyDataSection> sections) {
		this.accounts = accounts;
		this.currentUser = currentUser;
		Div content = getContent();
		content.addClassName("my-data-view");
		content.add(new H1(getTranslation("myData.title")), new Paragraph(getTranslation("myData.intro")));
		accounts.currentAccount().ifPresentOrElse(account -> {
			content.add(details(account), residency(residency.myStatus(), branding.areaName()));
			sections.stream()
				.sorted(Comparator.comparingInt(MyDataSection::order))
				.forEach(section -> section.create().ifPresent(content::add));
			content.add(kept(accounts.myDataCounts()), download(), deletion());
		}, () -> content.add(new Paragraph(getTranslation("myData.none"))));
	}

	private Div residency(ResidencyStatus status, String areaName) {
		Div section = new Div(new H2(getTranslation("myData.residency.title")),
				new Paragraph(ResidencyTexts.headline(this, status, areaName)));
		String detail = ResidencyTexts.detail(this, status);
		if (!detail.isEmpty()) {
			Paragraph paragraph = new Paragraph(detail);
			paragraph.addClassName("user-text");
			section.add(paragraph);
		}
		if (!status.verified()) {
			section.add(new Paragraph(getTranslation("residency.whyNot")));
		}
		section
			.add(new RouterLink(getTranslation(status.verified() ? "myData.residency.view" : "myData.residency.verify"),
					ResidencyView.class));
		section.addClassName("my-data-section");
		return section;
	}

	private DescriptionList details(AccountSummary account) {
		DescriptionList list = new DescriptionList();
		list.addClassName("data-list");
		add(list, "myData.name",
				account.displayName().isBlank() ? getTranslation("myData.empty") : account.displayName());
		add(list, "myData.email", account.email() == null ? getTranslation("myData.empty") : account.email());
		add(list, "myData.signedInWith", SignInIdentity.DEMO_ISSUER.equals(account.issuer())
				? getTranslation("myData.demoAccount") : account.issuer());
		add(list, "myData.createdAt", format(account.createdAt()));
		add(list, "myData.lastSignInAt", format(account.lastSignInAt()));
		return list;
	}

	/**
	 * Every other kind of data kept, counted, with the page where the person sees it; the
	 * download holds all of it in full.
	 */
	private Div kept(List<PersonalDataCount> counts) {
		DescriptionList list = new DescriptionList();
		list.addClassNames("data-list", "my-data-kept");
		counts.forEach(kind -> {
			DescriptionList.Description value = new DescriptionList.Description(
					NumberFormat.getIntegerInstance(getLocale()).format(kind.count()));
			if (kind.link() != null && kind.count() > 0) {
				Anchor more = new Anchor(kind.link(), getTranslation("myData.kept.open"));
				more.addClassName("my-data-kept__link");
				value.add(new Text(" "), more);
			}
			list.add(new DescriptionList.Term(getTranslation(kind.labelKey())), value);
		});
		Div section = new Div(new H2(getTranslation("myData.kept.title")),
				new Paragraph(getTranslation("myData.kept.text")), list);
		section.addClassName("my-data-section");
		return section;
	}

	private void add(DescriptionList list, String termKey, String value) {
		list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
	}

	private String format(Instant instant) {
		return DisplayFormats.dateTime(instant, getLocale());
	}

	private Div download() {
		Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] json = accounts
				.exportMyData(Translator.of(getLocale(), (key, arguments) -> getTranslation(key, arguments)));
			return new DownloadResponse(new ByteArrayInputStream(json), "wijkstem-mijn-gegevens.json",
					"application/json", json.length);
		}), getTranslation("myData.download"));
		link.addClassName("call-to-action");
		return section("myData.download.title", "myData.download.text", link);
	}

	private Div deletion() {
		Button delete = new Button(getTranslation("myData.delete"), click -> confirmDeletion());
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		UnorderedList consequences = new UnorderedList();
		consequences.addClassName("my-data-consequences");
		DELETION_CONSEQUENCES
			.forEach(kind -> consequences.add(new ListItem(getTranslation("myData.delete.what." + kind))));
		Div section = new Div(new H2(getTranslation("myData.delete.title")),
				new Paragraph(getTranslation("myData.delete.text")), consequences,
				new Paragraph(getTranslation("myData.delete.undo")), delete);
		section.addClassName("my-data-section");
		return section;
	}

	private void confirmDeletion() {
		new Confirmation(getTranslation("myData.delete.confirm.title"), getTranslation("myData.delete.confirm.text"),
				getTranslation("myData.delete.confirm.ok"), getTranslation("myData.delete.confirm.cancel"), () -> {
					accounts.deleteMyAccount();
					currentUser.signOutAndShow(AccountDeletedView.PATH);
				})
			.destructive()
			.open();
	}

	private Div section(String titleKey, String textKey, Component action) {
		Div section = new Div(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), action);
		section.addClassName("my-data-section");
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("myData.title"));
	}

}
