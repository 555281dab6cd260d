package nl.wijkstem.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.account.ui.AddressesView;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators find their pages under one navigation item, Beheer, which lists each
 * part of their work; each of those pages leads back.
 */
@WithUserDetails("beheerder")
class AdminViewTest extends ViewTest {

	private List<String> navigationItems() {
		return find(RouterLink.class).from(find(Nav.class).withClassName("app-nav").single())
			.all()
			.stream()
			.map(RouterLink::getText)
			.toList();
	}

	@Test
	void administrator_hasOneBeheerItem_listingEveryPartOfTheirWork() {
		navigate(AdminView.class);

		assertThat(navigationItems()).endsWith("Mijn gegevens", "Beheer")
			.doesNotContain("Adressen", "Stemrondes", "Logboek");
		List<RouterLink> sections = find(RouterLink.class)
			.withCondition(link -> link.getParent()
				.flatMap(parent -> parent.getParent())
				.map(item -> item.hasClassName("admin-section"))
				.orElse(false))
			.all();
		assertThat(sections).extracting(RouterLink::getText, RouterLink::getHref)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Instellingen voor ideeën", "admin/ideas"),
					org.assertj.core.groups.Tuple.tuple("Adressen en brieven", "admin/addresses"),
					org.assertj.core.groups.Tuple.tuple("Stemrondes", "admin/rounds"),
					org.assertj.core.groups.Tuple.tuple("Raadplegingen", "beheer/raadplegingen"),
					org.assertj.core.groups.Tuple.tuple("Logboek van moderatie", "admin/audit"),
					org.assertj.core.groups.Tuple.tuple("Verzonden e-mail", "admin/mail"));
		assertThat(find(Paragraph.class).withTextContaining("brieven met codes").exists()).isTrue();
	}

	@Test
	void anAdministratorsPage_leadsBack_andMarksBeheerInTheNavigation() {
		navigate(AddressesView.class);

		RouterLink back = find(RouterLink.class).withClassName("admin-back").single();
		assertThat(back.getText()).isEqualTo("Terug naar Beheer");
		assertThat(back.getHref()).isEqualTo("admin");
		RouterLink beheer = find(RouterLink.class).from(find(Nav.class).withClassName("app-nav").single())
			.withText("Beheer")
			.single();
		assertThat(beheer.getElement().getAttribute("aria-current")).isEqualTo("true");
	}

}
