package nl.wijkstem.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a person lands after deleting their account, signed out: that it worked, and what
 * happened to what they wrote. Public, since they no longer have an account; it shows
 * nobody's data.
 */
@Route(AccountDeletedView.PATH)
@AnonymousAllowed
public class AccountDeletedView extends Composite<Div> implements HasDynamicTitle {

	static final String PATH = "account-deleted";

	AccountDeletedView() {
		Div content = getContent();
		content.addClassNames("my-data-view", "account-deleted-view");
		content.add(new H1(getTranslation("accountDeleted.title")),
				new Paragraph(getTranslation("accountDeleted.text")),
				new Paragraph(getTranslation("accountDeleted.kept")),
				new Paragraph(getTranslation("accountDeleted.again")), new Anchor("", getTranslation("error.home")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("accountDeleted.title"));
	}

}
