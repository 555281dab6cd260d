package nl.wijkstem.account.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.Confirmation;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidentCandidate;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.security.Roles;

/**
 * For moderators at the programme bureau: find the account of someone who came by, and
 * verify them as a resident after seeing proof of their address; or revoke a
 * verification, with a reason the resident reads.
 */
@Route("residents")
@Menu(order = 58, title = "nav.residents")
@RolesAllowed(Roles.MODERATOR)
public class ResidentsView extends Composite<Div> implements HasDynamicTitle {

	private static final String REASON_PROBLEM = "residency.error.reason";

	private final ResidencyService residency;

	private final String areaName;

	private final TextField query = new TextField();

	private final Div results = new Div();

	/** Each found person's item as last drawn, by account id. */
	private final Map<Long, ListItem> items = new HashMap<>();

	ResidentsView(ResidencyService residency, Branding branding) {
		this.residency = residency;
		this.areaName = branding.areaName();
		query.setLabel(getTranslation("residents.search"));
		query.setHelperText(getTranslation("residents.search.help"));
		query.setMaxLength(100);
		Button search = new Button(getTranslation("residents.search.button"), click -> search());
		search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div form = new Div(query, search);
		form.addClassName("residents-search");
		results.getElement().setAttribute("aria-live", "polite");
		Div content = getContent();
		content.addClassName("residents-view");
		content.add(new H1(getTranslation("residents.title")),
				new Paragraph(getTranslation("residents.intro", areaName)), form, results);
	}

	private void search() {
		results.removeAll();
		items.clear();
		if (query.getValue().strip().length() < 2) {
			results.add(new Paragraph(getTranslation("residents.search.tooShort")));
			return;
		}
		List<ResidentCandidate> found = residency.findResidents(query.getValue());
		if (found.isEmpty()) {
			results.add(new Paragraph(getTranslation("residents.none")));
			return;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("card-list");
		found.forEach(candidate -> {
			ListItem item = item(candidate);
			items.put(candidate.accountId(), item);
			list.add(item);
		});
		results.add(new H2(getTranslation("residents.found", found.size())), list);
	}

	private ListItem item(ResidentCandidate candidate) {
		String name = candidate.displayName().isBlank() ? getTranslation("user.anonymousName")
				: candidate.displayName();
		Span who = new Span(name);
		who.addClassName("user-text");
		who.addClassName("resident__name");
		ListItem item = new ListItem(who);
		if (candidate.email() != null) {
			Span email = new Span(candidate.email());
			email.addClassName("user-text");
			item.add(email);
		}
		Paragraph headline = new Paragraph(ResidencyTexts.headlineAbout(this, candidate.status(), name, areaName));
		headline.addClassName("user-text");
		item.add(headline);
		String detail = ResidencyTexts.detailAbout(this, candidate.status());
		if (!detail.isEmpty()) {
			Paragraph paragraph = new Paragraph(detail);
			paragraph.addClassName("user-text");
			item.add(paragraph);
		}
		if (candidate.yourself()) {
			// verifying oneself would let a moderator vouch for their own vote; the
			// service
			// refuses it as well
			Paragraph yourself = new Paragraph(getTranslation(
					candidate.status().verified() ? "residents.yourself.verified" : "residents.yourself"));
			yourself.addClassName("resident__yourself");
			item.add(yourself);
		}
		if (candidate.status().verified()) {
			Button revoke = new Button(getTranslation("residents.revoke"), click -> revoke(candidate, name));
			revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
			item.add(revoke);
		}
		else if (!candidate.yourself()) {
			item.add(new Button(getTranslation("residents.verify"), click -> verify(candidate, name)));
		}
		item.addClassName("card");
		item.addClassName("resident");
		return item;
	}

	private void verify(ResidentCandidate candidate, String name) {
		new Confirmation(getTranslation("residents.verify.confirm.title"),
				getTranslation("residents.verify.confirm.text", name, areaName),
				getTranslation("residents.verify.confirm.ok"), getTranslation("residents.cancel"), () -> {
					try {
						residency.verifyInPerson(candidate.accountId());
						Notification.show(getTranslation("residents.verified", name));
					}
					catch (Rejection rejected) {
						Notification.show(RejectionMessages.text(this, rejected), 6000, Notification.Position.MIDDLE);
					}
					searchAndFocus(candidate.accountId());
				})
			.open();
	}

	/**
	 * Searches again after a change, with the keyboard on the person changed: the button
	 * pressed is gone with the old results.
	 */
	private void searchAndFocus(Long accountId) {
		search();
		ListItem item = items.get(accountId);
		Focus.on(item != null ? item : results);
	}

	private void revoke(ResidentCandidate candidate, String name) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("residents.revoke.title", name));
		TextArea reason = new TextArea(getTranslation("residents.revoke.reason"));
		reason.setHelperText(getTranslation("residents.revoke.reason.help"));
		reason.setMaxLength(500);
		reason.setWidthFull();
		Button confirm = new Button(getTranslation("residents.revoke.ok"), click -> {
			try {
				residency.revoke(candidate.accountId(), candidate.status().verificationId(), reason.getValue());
				dialog.close();
				Notification.show(getTranslation("residents.revoked", name));
				searchAndFocus(candidate.accountId());
			}
			catch (Rejection rejected) {
				if (REASON_PROBLEM.equals(rejected.messageKey())) {
					reason.setErrorMessage(RejectionMessages.text(this, rejected));
					reason.setInvalid(true);
					return;
				}
				dialog.close();
				Notification.show(RejectionMessages.text(this, rejected), 6000, Notification.Position.MIDDLE);
				searchAndFocus(candidate.accountId());
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("residents.cancel"), click -> dialog.close());
		dialog.add(reason);
		dialog.getFooter().add(cancel, confirm);
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("residents.title"));
	}

}
