package nl.wijkstem.base.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
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
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The administrators' start page: one link per part of their work (settings, addresses
 * and letters, voting rounds, the log), each with what it is for.
 */
@Route("admin")
@Menu(order = 100, title = "nav.admin")
@RolesAllowed(Roles.ADMIN)
public class AdminView extends Composite<Div> implements HasDynamicTitle {

	AdminView(ObjectProvider<AdminSection> sections) {
		getContent().addClassName("admin-view");
		UnorderedList list = new UnorderedList();
		list.addClassName("card-list");
		List<AdminSection> ordered = sections.stream().sorted(Comparator.comparingInt(AdminSection::order)).toList();
		for (AdminSection section : ordered) {
			ListItem item = new ListItem(new H2(new RouterLink(getTranslation(section.titleKey()), section.view())),
					new Paragraph(getTranslation(section.descriptionKey())));
			item.addClassNames("card", "admin-section");
			list.add(item);
		}
		getContent().add(new H1(getTranslation("admin.title")), new Paragraph(getTranslation("admin.intro")), list);
	}

	/** A link back to this page, for the top of every administrators' page. */
	public static RouterLink backLink(Component view) {
		RouterLink back = new RouterLink(view.getTranslation("admin.back"), AdminView.class);
		back.addClassName("admin-back");
		return back;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("admin.title"));
	}

}
